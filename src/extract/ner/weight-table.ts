import { LABEL_COUNT } from './labels.js';
import type { LabelScorer } from './perceptron.js';

// Open addressing over a power-of-two table of feature hashes: one multiply-free probe sequence
// and typed arrays only, faster than a Map<number, number> at tag time.
/** Read-only weights: feature hash -> row of LABEL_COUNT weights. */
export class WeightTable implements LabelScorer {
  private readonly slots: Uint32Array;
  private readonly rowOf: Int32Array;
  private readonly mask: number;

  constructor(readonly keys: Uint32Array, readonly weights: Float32Array) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Uint32Array(size);
    this.rowOf = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let p = keys[i] & this.mask;
      while (this.slots[p] !== 0) p = (p + 1) & this.mask;
      this.slots[p] = keys[i];
      this.rowOf[p] = i * LABEL_COUNT;
    }
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { slots, rowOf, mask, weights } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let p = key & mask;
      while (slots[p] !== 0 && slots[p] !== key) p = (p + 1) & mask;
      if (slots[p] === 0) continue;
      const r = rowOf[p];
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] += weights[r + y];
    }
  }
}
