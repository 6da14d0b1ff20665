import { FrozenWeights, sparseRows } from '../syntax/class-weights.js';
import { LABEL_COUNT } from './labels.js';
import type { LabelScorer } from './perceptron.js';

// A row of the tagger has 17 labels and about three non-zero weights: the sparse layout of
// FrozenWeights (key and pair range in one slot, then only the non-zero pairs) touches two cache
// lines per feature where a dense row touched four. Skipping zeros leaves every sum as it was.
/** Read-only weights: feature hash -> row of LABEL_COUNT weights. */
export class WeightTable extends FrozenWeights implements LabelScorer {
  /** Dense rows, as training makes them. */
  static dense(keys: Uint32Array, weights: Float32Array): WeightTable {
    return new WeightTable(LABEL_COUNT, sparseRows(LABEL_COUNT, keys, weights));
  }
}
