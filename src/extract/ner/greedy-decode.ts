import type { DocumentView } from './document-view.js';
import { extractFeatures, MAX_FEATURES, type DecodeState } from './features.js';
import { isValidTransition, LABEL_COUNT, labelType } from './labels.js';
import type { LabelScorer } from './perceptron.js';
import type { DocumentPredictions } from './document-predictions.js';

/** Called in training for each token: the features, its gold label and the label the model chose. */
export type TrainStep = (feats: Uint32Array, n: number, gold: number, guess: number) => void;

const feats = new Uint32Array(MAX_FEATURES);
// VALID[(prev + 1) * LABEL_COUNT + y]: isValidTransition precomputed, prev = -1 at sentence start.
const VALID = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = -1; p < LABEL_COUNT; p++) for (let y = 0; y < LABEL_COUNT; y++) VALID[(p + 1) * LABEL_COUNT + y] = isValidTransition(p, y) ? 1 : 0;
const scores = new Float64Array(LABEL_COUNT);

// Greedy left to right, as Ratinov & Roth found as good as Viterbi for NER at a fraction of the
// cost; only labels that continue the previous one legally (BILOU) are eligible. Training runs the
// same loop and keeps the model's own guesses as history, so it learns from the states it will see.
/**
 * Labels every token of a document; with `gold` and `train`, also reports each decision for
 * learning. `predictions` (a first pass over the document) turns on the second-pass features.
 */
export function decodeDocument(doc: DocumentView, scorer: LabelScorer, gold?: number[][], train?: TrainStep, predictions?: DocumentPredictions): number[][] {
  const history = new Map<string, Int32Array>();
  const state: DecodeState = { prev1: -1, prev2: -1, history: undefined, predictions };
  return doc.words.map((words, s) => {
    const labels = new Array<number>(words.length);
    state.prev1 = -1;
    state.prev2 = -1;
    for (let i = 0; i < words.length; i++) {
      const c = words[i].charCodeAt(0);
      const capitalized = c >= 65 && c <= 90;
      state.history = capitalized ? history.get(doc.lower[s][i]) : undefined;
      const n = extractFeatures(doc, s, i, state, feats);
      scores.fill(0);
      scorer.score(feats, n, scores);
      let best = -1;
      const valid = (state.prev1 + 1) * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) if (VALID[valid + y] && (best < 0 || scores[y] > scores[best])) best = y;
      if (gold && train && gold[s][i] !== best) train(feats, n, gold[s][i], best);
      labels[i] = best;
      state.prev2 = state.prev1;
      state.prev1 = best;
      if (capitalized) {
        let h = history.get(doc.lower[s][i]);
        if (!h) history.set(doc.lower[s][i], (h = new Int32Array(5)));
        h[best === 0 ? 4 : labelType(best)]++;
      }
    }
    return labels;
  });
}
