import type { DocumentView } from './document-view.js';
import { labelFeatureBases, labelFeatures, MAX_FEATURES, tokenFeatures, transitionFeatures, type DecodeState } from './features.js';
import { isValidTransition, LABEL_COUNT, labelPart, labelType } from './labels.js';
import type { LabelScorer } from './perceptron.js';
import type { DocumentPredictions } from './document-predictions.js';

/** Called in training to move the weights of `feats[0..n)` for `label` by `delta` (+1 gold, -1 guess). */
export type TrainUpdate = (feats: Uint32Array, n: number, label: number, delta: number) => void;

const L = LABEL_COUNT;
// VALID[(prev + 1) * L + y]: isValidTransition precomputed, prev = -1 at sentence start.
const VALID = new Uint8Array((L + 1) * L);
for (let p = -1; p < L; p++) for (let y = 0; y < L; y++) VALID[(p + 1) * L + y] = isValidTransition(p, y) ? 1 : 0;
// A sentence may not end inside an entity (on a B or an I).
const FINAL = Uint8Array.from({ length: L }, (_, y) => (labelPart(y) === 1 || labelPart(y) === 2 ? 0 : 1));

/** Decoding options; the defaults are what the shipped model was trained with. */
export interface ViterbiOptions {
  /** Previous labels kept per token (the best `beam` of them); LABEL_COUNT makes the search exact. Default 8. */
  beam?: number;
}

// Buffers grow to the longest sentence seen and are reused; tagging allocates nothing per token.
let tokenFeats = new Uint32Array(64 * MAX_FEATURES);
let tokenCounts = new Int32Array(64);
let delta = new Float64Array(64 * L);
let back = new Int8Array(64 * L);
const feats = new Uint32Array(MAX_FEATURES);
const labelFeats = new Uint32Array(8);
const bases = new Uint32Array(2);
const tokenScores = new Float64Array(L);
const pathScores = new Float64Array(L);
const beamLabels = new Int32Array(L + 1);
// TRANSITION[((prev2 + 1) * (L + 1) + prev1 + 1) * L + y]: the weights of the label-pair features.
const TRANSITION = new Float64Array((L + 1) * (L + 1) * L);

function reserve(n: number): void {
  if (tokenCounts.length >= n) return;
  const m = Math.max(n, tokenCounts.length * 2);
  tokenFeats = new Uint32Array(m * MAX_FEATURES);
  tokenCounts = new Int32Array(m);
  delta = new Float64Array(m * L);
  back = new Int8Array(m * L);
}

// The label-pair features are the same at every token, so their weights are read once per document
// (once per sentence in training, where the weights move), for the pairs a path can hold.
function scoreTransitions(scorer: LabelScorer): void {
  for (let p2 = -1; p2 < L; p2++)
    for (let p1 = -1; p1 < L; p1++) {
      if (p1 < 0 ? p2 >= 0 : !VALID[(p2 + 1) * L + p1]) continue;
      const at = ((p2 + 1) * (L + 1) + p1 + 1) * L;
      TRANSITION.fill(0, at, at + L);
      scorer.score(labelFeats, transitionFeatures(p1, p2, labelFeats, 0), TRANSITION.subarray(at, at + L));
    }
}

// The `beam` best labels of token i - 1 (by path score), or the sentence start.
function previousLabels(i: number, beam: number): number {
  if (i === 0) {
    beamLabels[0] = -1;
    return 1;
  }
  let m = 0;
  const base = (i - 1) * L;
  for (let y = 0; y < L; y++) {
    const v = delta[base + y];
    if (v === -Infinity) continue;
    let at = Math.min(m, beam - 1);
    if (m >= beam && v <= delta[base + beamLabels[at]]) continue;
    while (at > 0 && delta[base + beamLabels[at - 1]] < v) {
      beamLabels[at] = beamLabels[at - 1];
      at--;
    }
    beamLabels[at] = y;
    if (m < beam) m++;
  }
  return m;
}

// First-order Viterbi over BILOU labels: the features that read the previous label are scored once
// per kept previous label; the one that reads the label before that takes it from the best path
// into the previous label, the usual approximation of a second-order model.
function decodeSentence(doc: DocumentView, s: number, scorer: LabelScorer, state: DecodeState, beam: number, history: Map<string, Int32Array>, keep: boolean): number[] {
  const n = doc.words[s].length;
  reserve(n);
  for (let i = 0; i < n; i++) {
    const c = doc.words[s][i].charCodeAt(0);
    state.history = c >= 65 && c <= 90 ? history.get(doc.lower[s][i]) : undefined;
    const k = tokenFeatures(doc, s, i, state, feats);
    if (keep) {
      tokenFeats.set(feats.subarray(0, k), i * MAX_FEATURES);
      tokenCounts[i] = k;
    }
    tokenScores.fill(0);
    scorer.score(feats, k, tokenScores);
    labelFeatureBases(doc, s, i, bases);
    const row = i * L;
    delta.fill(-Infinity, row, row + L);
    const m = previousLabels(i, beam);
    for (let b = 0; b < m; b++) {
      const p = beamLabels[b];
      const p2 = p < 0 ? -1 : back[row - L + p];
      const before = p < 0 ? 0 : delta[row - L + p];
      pathScores.fill(0);
      scorer.score(labelFeats, labelFeatures(bases, p, labelFeats, 0), pathScores);
      const valid = (p + 1) * L;
      const t = ((p2 + 1) * (L + 1) + p + 1) * L;
      for (let y = 0; y < L; y++) {
        if (!VALID[valid + y]) continue;
        const v = before + tokenScores[y] + pathScores[y] + TRANSITION[t + y];
        if (v > delta[row + y]) {
          delta[row + y] = v;
          back[row + y] = p;
        }
      }
    }
  }
  const labels = new Array<number>(n);
  if (n === 0) return labels;
  let best = -1;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) if (FINAL[y] && delta[last + y] > -Infinity && (best < 0 || delta[last + y] > delta[last + best])) best = y;
  if (best < 0) for (let y = 0; y < L; y++) if (best < 0 || delta[last + y] > delta[last + best]) best = y;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = best;
    best = back[i * L + best];
  }
  return labels;
}

// Structured perceptron (Collins 2002): where the best path and the gold path differ at a token or
// in the labels its features read, the gold path's features gain and the guessed path's lose.
function learnSentence(doc: DocumentView, s: number, gold: number[], guess: number[], train: TrainUpdate): void {
  for (let i = 0; i < gold.length; i++) {
    const g1 = i > 0 ? gold[i - 1] : -1;
    const g2 = i > 1 ? gold[i - 2] : -1;
    const p1 = i > 0 ? guess[i - 1] : -1;
    const p2 = i > 1 ? guess[i - 2] : -1;
    if (gold[i] === guess[i] && g1 === p1 && g2 === p2) continue;
    if (gold[i] !== guess[i]) {
      const at = i * MAX_FEATURES;
      const own = tokenFeats.subarray(at, at + tokenCounts[i]);
      train(own, own.length, gold[i], 1);
      train(own, own.length, guess[i], -1);
    }
    labelFeatureBases(doc, s, i, bases);
    train(labelFeats, labelFeatures(bases, g1, labelFeats, transitionFeatures(g1, g2, labelFeats, 0)), gold[i], 1);
    train(labelFeats, labelFeatures(bases, p1, labelFeats, transitionFeatures(p1, p2, labelFeats, 0)), guess[i], -1);
  }
}

/**
 * Labels every token of a document by Viterbi search per sentence; with `gold` and `train`, also
 * learns from each sentence (structured perceptron). `predictions` (a first pass over the
 * document) turns on the second-pass features.
 */
export function viterbiDocument(
  doc: DocumentView,
  scorer: LabelScorer,
  gold?: number[][],
  train?: TrainUpdate,
  predictions?: DocumentPredictions,
  options: ViterbiOptions = {},
): number[][] {
  const beam = Math.max(1, Math.min(L, options.beam ?? 8));
  const history = new Map<string, Int32Array>();
  const state: DecodeState = { history: undefined, predictions };
  const learn = gold !== undefined && train !== undefined;
  if (!learn) scoreTransitions(scorer);
  return doc.words.map((words, s) => {
    if (learn) scoreTransitions(scorer);
    const labels = decodeSentence(doc, s, scorer, state, beam, history, learn);
    if (learn) learnSentence(doc, s, gold[s], labels, train);
    // The labels the same word got earlier in the document: known once a sentence is decoded.
    for (let i = 0; i < words.length; i++) {
      const c = words[i].charCodeAt(0);
      if (c < 65 || c > 90) continue;
      let h = history.get(doc.lower[s][i]);
      if (!h) history.set(doc.lower[s][i], (h = new Int32Array(5)));
      h[labels[i] === 0 ? 4 : labelType(labels[i])]++;
    }
    return labels;
  });
}
