import { tokenize } from '../tokenize.js';

// Gazetteer categories, one bit each. Lists come only from broad documented sources (packages and
// Reuters-21578 lists named in build-gazetteer.ts, the training data) and short hand lists of title
// words and organization suffixes; see build-gazetteer.ts and README.md beside it.
/** Names of gazetteer categories; the index is the bit. */
export const GAZETTEER_CATEGORIES = [
  'country', 'capital', 'demonym', 'language', 'place', 'title', 'org-suffix', 'train-PER', 'train-LOC', 'train-ORG', 'train-MISC',
  'city', 'region', 'person-name', 'company', 'known-org', 'reuters-person', 'reuters-org',
] as const;

/** A gazetteer category name. */
export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** Longest phrase, in tokens, the matcher tries. */
const MAX_LEN = 6;

/** Lowercased token phrases -> bitmask of categories. */
export class Gazetteer {
  /** Proper prefixes of multi-token phrases, so matching stops as soon as no phrase can continue. */
  private readonly prefixes = new Set<string>();

  constructor(readonly entries: Map<string, number>) {
    for (const key of entries.keys()) {
      const parts = key.split(' ');
      for (let n = 1; n < parts.length; n++) this.prefixes.add(parts.slice(0, n).join(' '));
    }
  }

  /** Adds a phrase (tokenized like CoNLL text) to a category. */
  static add(entries: Map<string, number>, phrase: string, category: number): void {
    const key = tokenize(phrase).map((t) => t.text.toLowerCase()).join(' ');
    if (key) entries.set(key, (entries.get(key) ?? 0) | (1 << category));
  }

  /**
   * Codes per token of a sentence: category * 4 + part (0 B, 1 I, 2 L, 3 U) for every match
   * covering it. Phrases must start with a capital or a digit unless they are title words, so
   * "new" never matches as part of "New Zealand".
   */
  match(lower: string[], words: string[]): number[][] {
    const out: number[][] = lower.map(() => []);
    for (let i = 0; i < lower.length; i++) {
      let key = '';
      // Only titles match without a capital, and titles are single words: a lowercase token
      // starts no longer phrase, which spares most tokens the prefix walk.
      const c = words[i].charCodeAt(0);
      const maxLen = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127 ? MAX_LEN : 1;
      for (let len = 1; len <= maxLen && i + len <= lower.length; len++) {
        key = len === 1 ? lower[i] : key + ' ' + lower[i + len - 1];
        const mask = this.entries.get(key);
        if (mask === undefined) {
          if (this.prefixes.has(key)) continue;
          break;
        }
        const c0 = words[i].charCodeAt(0);
        const capital = (c0 >= 65 && c0 <= 90) || c0 > 127;
        for (let cat = 0; cat < GAZETTEER_CATEGORIES.length; cat++) {
          if (!(mask & (1 << cat))) continue;
          if (!capital && GAZETTEER_CATEGORIES[cat] !== 'title') continue;
          for (let j = i; j < i + len; j++) out[j].push(cat * 4 + (len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1));
        }
      }
    }
    return out;
  }
}
