import { hashEnd, hashInt, hashStart } from '../ner/feature-hash.js';
import type { ParseState } from './arc-eager.js';

/** What the transition classifier reads of a sentence: word hashes, tag ids, punctuation counts. */
export interface ParserInput {
  wordIds: Int32Array;
  tags: Int32Array;
  /** UPOS ids: the fine tags split the data 73 ways, these back them off to 17. */
  coarse: Int32Array;
  /** punctBefore[i] = punctuation words in 0..i-1 (commas between two words matter for attachment). */
  punctBefore: Int32Array;
  /** Cluster ids per level (4-bit, 6-bit, full), -1 for words without one (WordView.clusters); absent when the model has no clusters. */
  clusters?: Int32Array[];
}

const NO_WORD = 0x5bd1e995;
const NO_TAG = -1;

const f1 = (t: number, a: number) => hashEnd(hashInt(hashStart(t), a));
const f2 = (t: number, a: number, b: number) => hashEnd(hashInt(hashInt(hashStart(t), a), b));
const f3 = (t: number, a: number, b: number, c: number) => hashEnd(hashInt(hashInt(hashInt(hashStart(t), a), b), c));
const f4 = (t: number, a: number, b: number, c: number, d: number) => hashEnd(hashInt(hashInt(hashInt(hashInt(hashStart(t), a), b), c), d));

const bucket = (d: number) => (d < 5 ? d : d < 10 ? 5 : 6);

// Templates after Zhang & Nivre (2011), without arc labels (labels are assigned after the parse):
// words and tags of the top of the stack and the front of the buffer, their heads and outermost
// children, pairs and triples of those, distance and valency.
/** Hashes the features of a parser state into `out`; returns the count. */
export function parserFeatures(x: ParserInput, st: ParseState, out: Uint32Array): number {
  const { wordIds, tags } = x;
  const w = (i: number) => (i < 0 ? NO_WORD : wordIds[i]);
  const t = (i: number) => (i < 0 ? NO_TAG : tags[i]);
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.q(0);
  const b1 = st.q(1);
  const b2 = st.q(2);
  const s0h = s0 >= 0 && st.heads[s0] >= 0 ? st.heads[s0] : -1;
  const s0l = s0 >= 0 ? st.left1[s0] : -1;
  const s0r = s0 >= 0 ? st.right1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.left2[s0] : -1;
  const s0r2 = s0 >= 0 ? st.right2[s0] : -1;
  const b0l = b0 >= 0 ? st.left1[b0] : -1;
  const b0l2 = b0 >= 0 ? st.left2[b0] : -1;
  const s0w = w(s0), s0t = t(s0), b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1);
  const s1t = t(s1);
  const d = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 7;
  const punct = s0 >= 0 && b0 >= 0 ? Math.min(3, x.punctBefore[b0] - x.punctBefore[s0 + 1]) : 4;
  const hasHead = s0 >= 0 && st.heads[s0] !== -2 ? 1 : 0;
  const vl = s0 >= 0 ? Math.min(st.nLeft[s0], 3) : 4;
  const vr = s0 >= 0 ? Math.min(st.nRight[s0], 3) : 4;
  const bvl = b0 >= 0 ? Math.min(st.nLeft[b0], 3) : 4;
  let n = 0;
  out[n++] = f1(0, 0);
  out[n++] = f1(1, s0w);
  out[n++] = f1(2, s0t);
  out[n++] = f2(3, s0w, s0t);
  out[n++] = f1(4, b0w);
  out[n++] = f1(5, b0t);
  out[n++] = f2(6, b0w, b0t);
  out[n++] = f1(7, b1w);
  out[n++] = f1(8, b1t);
  out[n++] = f2(9, b1w, b1t);
  out[n++] = f1(10, t(b2));
  out[n++] = f1(11, w(b2));
  out[n++] = f1(12, w(s1));
  out[n++] = f1(13, s1t);
  out[n++] = f1(14, t(s2));
  out[n++] = f1(15, w(s0h));
  out[n++] = f1(16, t(s0h));
  out[n++] = f1(17, t(s0l));
  out[n++] = f1(18, t(s0r));
  out[n++] = f1(19, t(b0l));
  out[n++] = f1(20, t(s0l2));
  out[n++] = f1(21, t(s0r2));
  out[n++] = f1(22, t(b0l2));
  out[n++] = f1(23, w(s0l));
  out[n++] = f1(24, w(s0r));
  out[n++] = f1(25, w(b0l));
  out[n++] = f4(26, s0w, s0t, b0w, b0t);
  out[n++] = f3(27, s0w, s0t, b0w);
  out[n++] = f3(28, s0w, b0w, b0t);
  out[n++] = f3(29, s0w, s0t, b0t);
  out[n++] = f3(30, s0t, b0w, b0t);
  out[n++] = f2(31, s0w, b0w);
  out[n++] = f2(32, s0t, b0t);
  out[n++] = f2(33, b0t, b1t);
  out[n++] = f3(34, b0t, b1t, t(b2));
  out[n++] = f3(35, s0t, b0t, b1t);
  out[n++] = f3(36, t(s0h), s0t, b0t);
  out[n++] = f3(37, s0t, t(s0l), b0t);
  out[n++] = f3(38, s0t, t(s0r), b0t);
  out[n++] = f3(39, s0t, b0t, t(b0l));
  out[n++] = f3(40, s1t, s0t, b0t);
  out[n++] = f2(41, s1t, s0t);
  out[n++] = f2(42, w(s1), s0w);
  out[n++] = f2(43, s0w, d);
  out[n++] = f2(44, s0t, d);
  out[n++] = f2(45, b0w, d);
  out[n++] = f2(46, b0t, d);
  out[n++] = f3(47, s0t, b0t, d);
  out[n++] = f2(48, s0w, vr);
  out[n++] = f2(49, s0t, vr);
  out[n++] = f2(50, s0w, vl);
  out[n++] = f2(51, s0t, vl);
  out[n++] = f2(52, b0w, bvl);
  out[n++] = f2(53, b0t, bvl);
  out[n++] = f3(54, hasHead, s0t, b0t);
  out[n++] = f2(55, hasHead, b0w);
  out[n++] = f4(56, punct, s0t, b0t, hasHead);
  out[n++] = f3(57, t(s0h >= 0 && st.heads[s0h] >= 0 ? st.heads[s0h] : -1), s0t, b0t);
  out[n++] = f3(58, Math.min(st.sp, 4), b0t, hasHead);
  out[n++] = f3(59, s0w, b0t, b1t);
  out[n++] = f4(60, s1t, hasHead, s0t, b0t);
  out[n++] = f2(61, b0w, b1w);
  out[n++] = f3(62, s0t, b0w, b1t);
  const u = (i: number) => (i < 0 ? NO_TAG : x.coarse[i]);
  const s0u = u(s0), b0u = u(b0), b1u = u(b1), s1u = u(s1);
  out[n++] = f2(63, s0u, b0u);
  out[n++] = f3(64, s0u, b0u, b1u);
  out[n++] = f3(65, s1u, s0u, b0u);
  out[n++] = f4(66, s0u, b0u, d, hasHead);
  out[n++] = f3(67, s0w, b0u, hasHead);
  out[n++] = f3(68, s0u, b0w, hasHead);
  out[n++] = f4(69, u(s0h), s0u, b0u, hasHead);
  out[n++] = f4(70, s0u, u(s0l), u(s0r), b0u);
  out[n++] = f3(71, b0u, u(b0l), b1u);
  out[n++] = f4(72, s0u, b0u, punct, vr);
  out[n++] = f3(73, u(s2), s1u, s0u);
  // Cluster templates after Koo et al. (2008): each word slot backed off to its cluster prefixes,
  // alone and paired with the other slot's tag, so attachments learnt for one word carry to its kin.
  if (!x.clusters) return n;
  const [C4, C6, CF] = x.clusters;
  const c4 = (i: number) => (i < 0 ? -2 : C4[i]);
  const c6 = (i: number) => (i < 0 ? -2 : C6[i]);
  const cf = (i: number) => (i < 0 ? -2 : CF[i]);
  const s0c6 = c6(s0), b0c6 = c6(b0), s0cf = cf(s0), b0cf = cf(b0);
  out[n++] = f2(74, s0cf, s0t);
  out[n++] = f2(75, b0cf, b0t);
  out[n++] = f1(76, cf(b1));
  out[n++] = f2(77, s0c6, b0c6);
  out[n++] = f3(78, c4(s0), c4(b0), hasHead);
  out[n++] = f3(79, s0cf, b0t, hasHead);
  out[n++] = f3(80, s0t, b0cf, hasHead);
  out[n++] = f3(81, s0c6, b0t, d);
  out[n++] = f3(82, s0t, b0c6, d);
  out[n++] = f2(83, c6(s0h), s0c6);
  out[n++] = f3(84, c6(s0h), s0t, b0t);
  out[n++] = f3(85, s0c6, c4(s0l), c4(s0r));
  out[n++] = f3(86, b0c6, c4(b0l), b0t);
  out[n++] = f3(87, c4(s0), c4(b0), c4(b1));
  out[n++] = f3(88, s0t, b0c6, b1t);
  out[n++] = f2(89, b0c6, c6(b1));
  out[n++] = f3(90, c6(s1), s0t, b0t);
  return n;
}
