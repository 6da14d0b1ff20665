import { hashEnd, hashInt, hashStart } from '../ner/feature-hash.js';
import { argmax, type ClassScorer } from './class-weights.js';

/** What the labeller reads: the parse (heads) plus words and tags. */
export interface LabellerInput {
  wordIds: Int32Array;
  tags: Int32Array;
  heads: Int32Array;
  /** Cluster ids per level (4-bit, 6-bit, full), as WordView.clusters; absent when the model has no clusters. */
  clusters?: Int32Array[];
}

const NO = -7;
const f2 = (t: number, a: number, b: number) => hashEnd(hashInt(hashInt(hashStart(100 + t), a), b));
const f3 = (t: number, a: number, b: number, c: number) => hashEnd(hashInt(hashInt(hashInt(hashStart(100 + t), a), b), c));
const f4 = (t: number, a: number, b: number, c: number, d: number) => hashEnd(hashInt(hashInt(hashInt(hashInt(hashStart(100 + t), a), b), c), d));

/** Children of every word, in order. */
export function childrenOf(heads: Int32Array): number[][] {
  const kids: number[][] = Array.from({ length: heads.length }, () => []);
  heads.forEach((h, i) => {
    if (h >= 0) kids[h].push(i);
  });
  return kids;
}

// Labels are chosen after the tree is built, so each arc sees the whole tree: the dependent's own
// children (a "by" under it says obl:agent, a case marker says obl or nmod) and its siblings (an
// aux:pass sibling says nsubj:pass).
/** Hashes the features of the arc into word `d`; returns the count. */
export function labelFeatures(x: LabellerInput, kids: number[][], d: number, out: Uint32Array): number {
  const { wordIds: W, tags: T, heads } = x;
  const h = heads[d];
  const dw = W[d], dt = T[d];
  const hw = h >= 0 ? W[h] : NO, ht = h >= 0 ? T[h] : NO;
  const dir = h < 0 ? 2 : d < h ? 0 : 1;
  const dist = h < 0 ? 0 : Math.min(Math.abs(d - h), 6);
  let n = 0;
  out[n++] = f2(0, dw, dir);
  out[n++] = f2(1, dt, dir);
  out[n++] = f2(2, hw, dir);
  out[n++] = f2(3, ht, dir);
  out[n++] = f3(4, dt, ht, dir);
  out[n++] = f3(5, dw, ht, dir);
  out[n++] = f3(6, dt, hw, dir);
  out[n++] = f3(7, dw, hw, dir);
  out[n++] = f4(8, dt, ht, dir, dist);
  out[n++] = f2(9, dt, d > 0 ? W[d - 1] : NO);
  out[n++] = f2(10, dt, d + 1 < W.length ? W[d + 1] : NO);
  out[n++] = f3(11, dt, d > 0 ? T[d - 1] : NO, d + 1 < T.length ? T[d + 1] : NO);
  const hh = h >= 0 ? heads[h] : -1;
  out[n++] = f3(12, hh >= 0 ? T[hh] : NO, ht, dt);
  out[n++] = f3(13, dt, Math.min(kids[d].length, 4), dir);
  let k = 0;
  for (const c of kids[d]) {
    if (k++ >= 6) break;
    out[n++] = f3(14, W[c], dt, c < d ? 0 : 1);
    out[n++] = f3(15, T[c], dt, c < d ? 0 : 1);
  }
  if (h >= 0) {
    k = 0;
    let nearLeft = NO;
    for (const s of kids[h]) {
      if (s === d) continue;
      if (k++ >= 8) break;
      const side = s < d ? 0 : 1;
      out[n++] = f4(16, W[s], side, dt, dir);
      out[n++] = f4(17, T[s], side, dt, ht);
      if (s < d) nearLeft = T[s];
    }
    out[n++] = f4(18, nearLeft, dt, ht, dir);
    out[n++] = f3(19, kids[h][0] === d ? 1 : 0, dt, dir);
  }
  if (!x.clusters) return n;
  const [, C6, CF] = x.clusters;
  out[n++] = f3(20, C6[d], ht, dir);
  out[n++] = f3(21, dt, h >= 0 ? C6[h] : NO, dir);
  out[n++] = f2(22, CF[d], dir);
  out[n++] = f3(23, h >= 0 ? CF[h] : NO, dt, dir);
  return n;
}

/** Labels every arc of a parse: label class indices (roots get `rootLabel`). */
export function labelArcs(scorer: ClassScorer, x: LabellerInput, rootLabel: number): Int32Array {
  const kids = childrenOf(x.heads);
  const feats = new Uint32Array(64);
  const scores = new Float64Array(scorer.classes);
  const out = new Int32Array(x.heads.length);
  for (let d = 0; d < out.length; d++) {
    if (x.heads[d] < 0) {
      out[d] = rootLabel;
      continue;
    }
    const n = labelFeatures(x, kids, d, feats);
    scores.fill(0);
    scorer.score(feats, n, scores);
    out[d] = argmax(scores, scorer.classes, (y) => y !== rootLabel);
  }
  return out;
}
