import { hashEnd, hashInt, hashStart, hashStr } from './feature-hash.js';
import type { DocumentView } from './document-view.js';

/** Upper bound on features per token; the buffer handed to extractFeatures must hold this many. */
export const MAX_FEATURES = 160;

/** Decoding state the features read besides the document: earlier labels in the sentence and document. */
export interface DecodeState {
  /** Labels of the two previous tokens of the sentence (-1 before its start). */
  prev1: number;
  prev2: number;
  /** Label counts (PER, LOC, ORG, MISC, O) of earlier capitalized tokens of the document with the same lowercase form. */
  history: Int32Array | undefined;
}

// Template numbers: each feature kind hashes its own number first, so equal strings under different
// templates never share a weight.
const enum T {
  Bias = 1, Word, Lower, Shape, Prefix, Suffix, LowerAt, ShapeAt, Bigram, ShapeTri, Prev1, Prev12, Prev1Lower, Prev1Shape,
  Cluster, ClusterAt, CapBucket, Gaz, GazAt, InitialShape, CapsShape, DocLower, DocCap, History, HistoryShare,
  Length, CapsLower, NextLowerShape, PrevLowerShape, ClusterBigram,
}

/**
 * Writes the feature hashes of token i of sentence s into `out` and returns how many. The set
 * follows Ratinov & Roth 2009: words in a ±2 window, shapes, affixes, previous labels, word
 * clusters, gazetteer matches, and non-local evidence from the rest of the document.
 */
export function extractFeatures(doc: DocumentView, s: number, i: number, state: DecodeState, out: Uint32Array): number {
  const lower = doc.lower[s];
  const shape = doc.shape[s];
  const n = lower.length;
  const w = doc.words[s][i];
  const l = lower[i];
  const sh = shape[i];
  const caps = doc.capsSentence[s];
  let k = 0;
  out[k++] = hashEnd(hashStart(T.Bias));
  // In a headline every word is capitalized, so the exact form says less than the lowercase one.
  if (!caps) out[k++] = hashEnd(hashStr(hashStart(T.Word), w));
  out[k++] = hashEnd(hashStr(hashStart(T.Lower), l));
  out[k++] = hashEnd(hashInt(hashStr(hashStart(T.Shape), sh), caps ? 1 : 0));
  out[k++] = hashEnd(hashInt(hashStart(T.Length), Math.min(l.length, 10)));
  for (let a = 1; a <= 4 && a < l.length; a++) {
    out[k++] = hashEnd(hashStr(hashStart(T.Prefix), l, 0, a));
    out[k++] = hashEnd(hashStr(hashStart(T.Suffix), l, l.length - a));
  }
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    const j = i + d;
    const h = hashInt(hashStart(T.LowerAt), d);
    out[k++] = hashEnd(j < 0 ? hashStr(h, '<S>') : j >= n ? hashStr(h, '</S>') : hashStr(h, lower[j]));
    if (d === -1 || d === 1) out[k++] = hashEnd(j < 0 || j >= n ? hashStr(hashInt(hashStart(T.ShapeAt), d), '#') : hashStr(hashInt(hashStart(T.ShapeAt), d), shape[j]));
  }
  const prevLower = i > 0 ? lower[i - 1] : '<S>';
  const nextLower = i + 1 < n ? lower[i + 1] : '</S>';
  out[k++] = hashEnd(hashStr(hashStr(hashStart(T.Bigram), prevLower), l));
  out[k++] = hashEnd(hashStr(hashStr(hashInt(hashStart(T.Bigram), 1), l), nextLower));
  out[k++] = hashEnd(hashStr(hashStr(hashStart(T.NextLowerShape), sh), nextLower));
  out[k++] = hashEnd(hashStr(hashStr(hashStart(T.PrevLowerShape), prevLower), sh));
  out[k++] = hashEnd(hashStr(hashStr(hashStr(hashStart(T.ShapeTri), i > 0 ? shape[i - 1] : '<S>'), sh), i + 1 < n ? shape[i + 1] : '</S>'));
  out[k++] = hashEnd(hashInt(hashStart(T.Prev1), state.prev1));
  out[k++] = hashEnd(hashInt(hashInt(hashStart(T.Prev12), state.prev2), state.prev1));
  out[k++] = hashEnd(hashStr(hashInt(hashStart(T.Prev1Lower), state.prev1), l));
  out[k++] = hashEnd(hashStr(hashInt(hashStart(T.Prev1Shape), state.prev1), sh));
  out[k++] = hashEnd(hashStr(hashInt(hashInt(hashStart(T.InitialShape), doc.initial[s][i] ? 1 : 0), caps ? 1 : 0), sh));
  if (caps) out[k++] = hashEnd(hashStr(hashStart(T.CapsLower), l));

  const clusters = doc.clusters[s];
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    const c = j >= 0 && j < n ? clusters[j] : undefined;
    if (!c) continue;
    for (let g = 0; g < c.length; g++) out[k++] = hashEnd(hashInt(hashInt(hashInt(hashStart(d === 0 ? T.Cluster : T.ClusterAt), d), g), c[g]));
  }
  const c0 = clusters[i];
  if (c0 && i > 0) out[k++] = hashEnd(hashInt(hashStr(hashStart(T.ClusterBigram), prevLower), c0[1]));

  const cb = doc.capBucket[s][i];
  out[k++] = hashEnd(hashInt(hashInt(hashInt(hashStart(T.CapBucket), cb), doc.initial[s][i] || caps ? 1 : 0), sh.charCodeAt(0)));

  const gaz = doc.gazetteer[s];
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    if (j < 0 || j >= n) continue;
    for (const code of gaz[j]) if (k < MAX_FEATURES - 12) out[k++] = hashEnd(hashInt(hashInt(hashStart(d === 0 ? T.Gaz : T.GazAt), d), code));
  }

  // Non-local evidence: how the same word is written and tagged elsewhere in the document.
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.DocLower), doc.seenLower.has(l) ? 1 : 0), doc.initial[s][i] || caps ? 1 : 0));
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.DocCap), doc.seenCapitalizedFree.has(l) ? 1 : 0), doc.initial[s][i] || caps ? 1 : 0));
    const hist = state.history;
    if (hist) {
      let best = 0;
      let total = 0;
      for (let t = 0; t < 5; t++) {
        total += hist[t];
        if (hist[t] > hist[best]) best = t;
      }
      if (total > 0) {
        out[k++] = hashEnd(hashInt(hashStart(T.History), best));
        out[k++] = hashEnd(hashInt(hashInt(hashStart(T.HistoryShare), best), hist[best] === total ? 1 : 0));
      }
    }
  }
  return k;
}
