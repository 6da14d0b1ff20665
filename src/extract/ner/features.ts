import { hashEnd, hashInt, hashStart, hashStr } from './feature-hash.js';
import type { DocumentView } from './document-view.js';
import type { DocumentPredictions } from './document-predictions.js';
import { labelType } from './labels.js';

/** Upper bound on features per token; the buffer handed to tokenFeatures must hold this many. */
export const MAX_FEATURES = 160;

/** Decoding state the features read besides the document: the labels of earlier sentences. */
export interface DecodeState {
  /** Label counts (PER, LOC, ORG, MISC, O) of earlier capitalized tokens of the document with the same lowercase form. */
  history: Int32Array | undefined;
  /** First-pass labels of the whole document, for the second pass; undefined in the first. */
  predictions: DocumentPredictions | undefined;
}

// Template numbers: each feature kind hashes its own number first, so equal strings under different
// templates never share a weight.
const enum T {
  Bias = 1, Word, Lower, Shape, Prefix, Suffix, LowerAt, ShapeAt, Bigram, ShapeTri, Prev1, Prev12, Prev1Lower, Prev1Shape,
  Cluster, ClusterAt, CapBucket, Gaz, GazAt, InitialShape, CapsShape, DocLower, DocCap, History, HistoryShare,
  Length, CapsLower, NextLowerShape, PrevLowerShape, ClusterBigram, P1At, P1Form, P1FormShare, P1InEntity, Context,
}

// The features that read the labels of the two previous tokens (-1 before the sentence starts)
// are kept apart so that a decoder weighing several histories (Viterbi) scores the rest once per
// token. The label-pair ones are the same at every token; the word and shape ones hash their string
// once per token (labelFeatureBases) and add the label after, so each history costs a multiplication.

/** Writes the features of a pair of previous labels at out[k..]; returns the new count. */
export function transitionFeatures(prev1: number, prev2: number, out: Uint32Array, k: number): number {
  out[k++] = hashEnd(hashInt(hashStart(T.Prev1), prev1));
  out[k++] = hashEnd(hashInt(hashInt(hashStart(T.Prev12), prev2), prev1));
  return k;
}

/** The per-token halves of the features that join the previous label with the word and its shape. */
export function labelFeatureBases(doc: DocumentView, s: number, i: number, bases: Uint32Array): void {
  bases[0] = hashStr(hashStart(T.Prev1Lower), doc.lower[s][i]);
  bases[1] = hashStr(hashStart(T.Prev1Shape), doc.shape[s][i]);
}

/** Writes the features that join the previous label with the token (bases from labelFeatureBases); returns the new count. */
export function labelFeatures(bases: Uint32Array, prev1: number, out: Uint32Array, k: number): number {
  out[k++] = hashEnd(hashInt(bases[0], prev1));
  out[k++] = hashEnd(hashInt(bases[1], prev1));
  return k;
}

/**
 * Writes the feature hashes of token i of sentence s that do not read the labels of the tokens
 * before it into `out` and returns how many. The set follows Ratinov & Roth 2009: words in a ±2
 * window, shapes, affixes, word clusters, gazetteer matches, and non-local evidence from the rest
 * of the document; the previous labels come in through transitionFeatures and labelFeatures.
 */
export function tokenFeatures(doc: DocumentView, s: number, i: number, state: DecodeState, out: Uint32Array): number {
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
    for (const code of gaz[j]) if (k < MAX_FEATURES - 28) out[k++] = hashEnd(hashInt(hashInt(hashStart(d === 0 ? T.Gaz : T.GazAt), d), code));
  }

  // Non-local evidence: how the same word is written and tagged elsewhere in the document.
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.DocLower), doc.seenLower.has(l) ? 1 : 0), doc.initial[s][i] || caps ? 1 : 0));
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.DocCap), doc.seenCapitalizedFree.has(l) ? 1 : 0), doc.initial[s][i] || caps ? 1 : 0));
    const contexts = doc.contexts.get(l);
    // Only what the other occurrences add: the token's own neighbours are features already.
    if (contexts)
      for (const x of contexts) {
        const own = x.charCodeAt(0) === 60 ? prevLower : nextLower;
        if (x.length !== own.length + 1 || !x.endsWith(own)) out[k++] = hashEnd(hashStr(hashStart(T.Context), x));
      }
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
  const p = state.predictions;
  if (p) k = secondPassFeatures(doc, p, s, i, out, k);
  return k;
}

function majority(counts: Int32Array, minus: number): [number, number, number] {
  let best = -1;
  let total = 0;
  for (let t = 0; t < 5; t++) {
    const v = counts[t] - (t === minus ? 1 : 0);
    total += v;
    if (v > 0 && (best < 0 || v > counts[best] - (best === minus ? 1 : 0))) best = t;
  }
  return [best, best < 0 ? 0 : counts[best] - (best === minus ? 1 : 0), total];
}

// Second pass: the first pass's labels around the token, and what it said about the same word
// everywhere else in the document (the token's own vote is taken out of the counts).
function secondPassFeatures(doc: DocumentView, p: DocumentPredictions, s: number, i: number, out: Uint32Array, k: number): number {
  const labels = p.labels[s];
  for (let d = -1; d <= 1; d++) {
    const j = i + d;
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.P1At), d), j < 0 || j >= labels.length ? 99 : labels[j]));
  }
  const c = doc.words[s][i].charCodeAt(0);
  if (c < 65 || c > 90) return k;
  const l = doc.lower[s][i];
  const own = labels[i] === 0 ? 4 : labelType(labels[i]);
  const form = p.byForm.get(l);
  if (form) {
    const [best, n, total] = majority(form, own);
    if (best >= 0) {
      out[k++] = hashEnd(hashInt(hashStart(T.P1Form), best));
      out[k++] = hashEnd(hashInt(hashInt(hashStart(T.P1FormShare), best), n === total ? 1 : 0));
    }
  }
  const ent = p.inEntity.get(l);
  if (ent) {
    const [best] = majority(ent, -1);
    out[k++] = hashEnd(hashInt(hashInt(hashStart(T.P1InEntity), best), doc.shape[s][i].length > 2 ? 1 : 0));
  }
  return k;
}
