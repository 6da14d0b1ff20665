import type { Doc, RawMention } from '../model/doc.js';

const cache = new WeakMap<RawMention[], Map<number, RawMention[]>>();

/** The mentions of one sentence, in text order; the index is built once per mention list. */
export function mentionsOfSentence(doc: Doc, sentence: number): RawMention[] {
  let index = cache.get(doc.mentions);
  if (!index) {
    index = new Map();
    for (const m of doc.mentions) {
      const list = index.get(m.sentence);
      if (list) list.push(m);
      else index.set(m.sentence, [m]);
    }
    cache.set(doc.mentions, index);
  }
  return index.get(sentence) ?? [];
}
