import { hashEnd, hashInt, hashStart, hashStr } from '../ner/feature-hash.js';
import { argmax, type ClassScorer } from './class-weights.js';
import type { WordView } from './word-form.js';

const NONE = '<none>';

/** Words seen at least `minCount` times with one tag at least `share` of the time -> that tag. */
export function buildTagDictionary(words: Array<[string, number]>, minCount = 20, share = 0.995): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const [w, t] of words) {
    let c = counts.get(w);
    if (!c) counts.set(w, (c = new Map()));
    c.set(t, (c.get(t) ?? 0) + 1);
  }
  const dict = new Map<string, number>();
  for (const w of [...counts.keys()].sort()) {
    const c = counts.get(w)!;
    let total = 0;
    let best = -1;
    let bestN = 0;
    for (const [t, n] of [...c].sort((a, b) => a[0] - b[0])) {
      total += n;
      if (n > bestN) [best, bestN] = [t, n];
    }
    if (total >= minCount && bestN / total >= share) dict.set(w, best);
  }
  return dict;
}

/** Hashes the tagger features of word `i` given the two tags before it; returns the count. */
export function tagFeatures(v: WordView, i: number, p1: number, p2: number, out: Uint32Array): number {
  const { norms, shapes, forms } = v;
  const w = norms[i];
  const len = w.length;
  const wm1 = i > 0 ? norms[i - 1] : NONE;
  const wm2 = i > 1 ? norms[i - 2] : NONE;
  const wp1 = i + 1 < norms.length ? norms[i + 1] : NONE;
  const wp2 = i + 2 < norms.length ? norms[i + 2] : NONE;
  let n = 0;
  out[n++] = hashEnd(hashStart(0));
  out[n++] = hashEnd(hashStr(hashStart(1), w));
  out[n++] = hashEnd(hashStr(hashStart(2), w, Math.max(0, len - 3)));
  out[n++] = hashEnd(hashStr(hashStart(3), w, Math.max(0, len - 2)));
  out[n++] = hashEnd(hashStr(hashStart(4), w, Math.max(0, len - 4)));
  out[n++] = hashEnd(hashStr(hashStart(5), w, 0, 1));
  out[n++] = hashEnd(hashStr(hashStart(6), w, 0, 3));
  out[n++] = hashEnd(hashInt(hashStr(hashStart(7), shapes[i]), i === 0 ? 1 : 0));
  out[n++] = hashEnd(hashInt(hashStart(8), p1));
  out[n++] = hashEnd(hashInt(hashStart(9), p2));
  out[n++] = hashEnd(hashInt(hashInt(hashStart(10), p1), p2));
  out[n++] = hashEnd(hashStr(hashStart(11), wm1));
  out[n++] = hashEnd(hashStr(hashStart(12), wm1, Math.max(0, wm1.length - 3)));
  out[n++] = hashEnd(hashStr(hashStart(13), wm2));
  out[n++] = hashEnd(hashStr(hashStart(14), wp1));
  out[n++] = hashEnd(hashStr(hashStart(15), wp1, Math.max(0, wp1.length - 3)));
  out[n++] = hashEnd(hashStr(hashStart(16), wp2));
  out[n++] = hashEnd(hashStr(hashInt(hashStart(17), p1), w));
  out[n++] = hashEnd(hashStr(hashStr(hashStart(18), wm1), w));
  out[n++] = hashEnd(hashStr(hashStr(hashStart(19), w), wp1));
  out[n++] = hashEnd(hashStr(hashStart(20), i + 1 < forms.length ? shapes[i + 1] : NONE));
  // The case-sensitive form separates "US" from "us" and sentence-initial capitals from names.
  out[n++] = hashEnd(hashStr(hashStart(21), forms[i]));
  if (w.includes('-')) out[n++] = hashEnd(hashStart(22));
  // A capital that opens a sentence says nothing; how often news writes the word with one elsewhere
  // does: "Boeing" nearly always, "Rather" almost never.
  const caps = v.capitalization;
  if (caps) {
    const c0 = forms[i].charCodeAt(0);
    const upper = c0 >= 65 && c0 <= 90 ? 1 : 0;
    out[n++] = hashEnd(hashInt(hashInt(hashInt(hashStart(23), caps[i]), upper), i === 0 ? 1 : 0));
    out[n++] = hashEnd(hashInt(hashInt(hashInt(hashStart(24), caps[i]), upper), p1));
    out[n++] = hashEnd(hashInt(hashInt(hashStart(25), caps[i]), i + 1 < forms.length ? caps[i + 1] : -2));
  }
  return n;
}

/**
 * Greedy left-to-right tagging of one sentence: tag class indices. Words in `dictionary` (frequent
 * and unambiguous in training: "the", ",", "said") take their tag without scoring.
 */
export function tagWords(scorer: ClassScorer, v: WordView, dictionary?: ReadonlyMap<string, number>): Int32Array {
  const tags = new Int32Array(v.norms.length);
  const feats = new Uint32Array(40);
  const scores = new Float64Array(scorer.classes);
  for (let i = 0; i < tags.length; i++) {
    const known = dictionary?.get(v.norms[i]);
    if (known !== undefined) {
      tags[i] = known;
      continue;
    }
    const n = tagFeatures(v, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, feats);
    scores.fill(0);
    scorer.score(feats, n, scores);
    tags[i] = argmax(scores, scorer.classes);
  }
  return tags;
}
