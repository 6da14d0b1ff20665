import { hashEnd, hashStart, hashStr } from '../ner/feature-hash.js';
import type { WordClusters } from './word-cluster-table.js';

// The project's tokens differ from UD's in small ways: curly quotes and apostrophes, `` and ''
// quotes, digits. Both sides go through the same normalisation, so the model sees one spelling.
/** The form the tagger and parser see: lower case, straight quotes, digits as 0. */
export function normalWord(form: string): string {
  let w = form.toLowerCase();
  if (/[\u2018\u2019\u201a\u201b\u2032`\u201c\u201d\u201e\u00ab\u00bb]/.test(w))
    w = w.replace(/[\u201c\u201d\u201e\u00ab\u00bb]|``|''/g, '"').replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'");
  if (/\d/.test(w)) w = w.replace(/\d/g, '0');
  if (w === '--' || w === '\u2014' || w === '\u2013') w = '-';
  return w;
}

/** Xxxx -> Xx, 1990 -> d, U.S. -> X.X.: character classes with runs collapsed, at most 5 long. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (const ch of form) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 5) break;
  }
  return out;
}

/** Per-sentence views of the words that features hash from. */
export interface WordView {
  forms: string[];
  norms: string[];
  shapes: string[];
  /** A 32-bit hash of each normal form, so feature templates combine integers instead of strings. */
  wordIds: Int32Array;
  /** Cluster ids per level (4-bit prefix, 6-bit prefix, full path), -1 for a word without one; absent without a cluster table. */
  clusters?: Int32Array[];
  /** How often each word is capitalized mid-sentence in news (bucket 0..5, -1 unknown); absent without the table. */
  capitalization?: Int32Array;
}

/** Normal forms, shapes, word hashes and clusters (when the model has them) of a sentence. */
export function viewWords(forms: string[], clusters?: WordClusters, capitalization?: WordClusters): WordView {
  const norms = forms.map(normalWord);
  return {
    forms,
    norms,
    shapes: forms.map(wordShape),
    wordIds: Int32Array.from(norms, (w) => hashEnd(hashStr(hashStart(977), w))),
    clusters: clusters?.idsOf(forms),
    capitalization: capitalization?.idsOf(forms)[0],
  };
}
