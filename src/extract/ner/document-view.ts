import { isCapsSequence, isInitialPosition } from './capitalization-stats.js';
import type { ClusterIds } from './word-clusters.js';
import type { Gazetteer } from './gazetteer.js';
import { normalizeSentence } from './truecase.js';

/** Unlabelled-text resources the features read: clusters, capitalization statistics, gazetteer. */
export interface WordResources {
  clusters: Map<string, ClusterIds>;
  capitalization: Map<string, number>;
  gazetteer: Gazetteer;
}

/** Per-token facts of one document, computed once before tagging. */
export interface DocumentView {
  words: string[][];
  lower: string[][];
  shape: string[][];
  clusters: (ClusterIds | undefined)[][];
  /** Capitalization bucket of the lowercase form, -1 if unknown. */
  capBucket: number[][];
  gazetteer: number[][][];
  initial: boolean[][];
  capsSentence: boolean[];
  /** Lowercase forms written in lowercase somewhere in the document. */
  seenLower: Set<string>;
  /** Lowercase forms written capitalized in a free (non-initial, mixed-case) position in the document. */
  seenCapitalizedFree: Set<string>;
  /** Per lowercase form of a capitalized word: the words around its occurrences in the document ("<peter", ">said"), at most 8. */
  contexts: Map<string, string[]>;
}

/** Word shape with runs collapsed: "Smith" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 'X' : c >= 97 && c <= 122 ? 'x' : c >= 48 && c <= 57 ? 'd' : c > 127 ? (word[i] === word[i].toLowerCase() ? 'x' : 'X') : word[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function clusterOf(res: WordResources, word: string, lower: string): ClusterIds | undefined {
  // A headline writes "BRUSSELS"; its clusters are those of "Brussels".
  return res.clusters.get(word) ?? res.clusters.get(lower.charAt(0).toUpperCase() + lower.slice(1)) ?? res.clusters.get(lower);
}

/** Computes the per-token facts of a document given as sentences of token strings. */
export function viewDocument(tokens: string[][], res: WordResources): DocumentView {
  const sentences = tokens.map((s) => normalizeSentence(s, res.capitalization, res.gazetteer));
  const lower = sentences.map((s) => s.map((w) => w.toLowerCase()));
  const capsSentence = sentences.map((s) => s.length > 1 && isCapsSequence(s));
  const initial = sentences.map((s) => s.map((_, i) => isInitialPosition(s, i)));
  const seenLower = new Set<string>();
  const seenCapitalizedFree = new Set<string>();
  sentences.forEach((s, si) =>
    s.forEach((w, i) => {
      const c0 = w.charCodeAt(0);
      if (c0 >= 97 && c0 <= 122) seenLower.add(lower[si][i]);
      else if (c0 >= 65 && c0 <= 90 && !capsSentence[si] && !initial[si][i]) seenCapitalizedFree.add(lower[si][i]);
    }),
  );
  // Context aggregation (Ratinov & Roth 2009): "Blackburn" after "Peter" in one sentence tells
  // what "Blackburn" is in another, where its neighbours say nothing.
  const contexts = new Map<string, string[]>();
  sentences.forEach((s, si) =>
    s.forEach((w, i) => {
      const c0 = w.charCodeAt(0);
      if (c0 < 65 || c0 > 90) return;
      let list = contexts.get(lower[si][i]);
      if (!list) contexts.set(lower[si][i], (list = []));
      const add = (x: string) => list!.length < 8 && !list!.includes(x) && list!.push(x);
      if (i > 0 && !initial[si][i]) add(`<${lower[si][i - 1]}`);
      if (i + 1 < s.length) add(`>${lower[si][i + 1]}`);
    }),
  );
  return {
    words: sentences,
    lower,
    shape: sentences.map((s) => s.map(shapeOf)),
    clusters: sentences.map((s, si) => s.map((w, i) => clusterOf(res, w, lower[si][i]))),
    capBucket: lower.map((s) => s.map((l) => res.capitalization.get(l) ?? -1)),
    gazetteer: sentences.map((s, si) => res.gazetteer.match(lower[si], s)),
    initial,
    capsSentence,
    seenLower,
    seenCapitalizedFree,
    contexts,
  };
}
