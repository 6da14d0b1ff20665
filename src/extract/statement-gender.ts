import type { Doc } from '../model/doc.js';
import { honorificPronoun } from './lexicon/speaker-anaphors.js';

const cache = new WeakMap<Doc, Map<string, Set<'he' | 'she'>>>();

// The pronouns the honorifics of each person's mentions call for ("Ms Kelly" -> she), built once per doc.
function pronounsByEntity(doc: Doc): Map<string, Set<'he' | 'she'>> {
  let out = cache.get(doc);
  if (out) return out;
  out = new Map();
  for (const m of doc.mentions) {
    if (m.cls.type !== 'Person' || !m.entityId) continue;
    const inside = /^([\p{L}]+)\.?\s/u.exec(m.text)?.[1];
    const before = /([\p{L}]+)\.?\s+$/u.exec(doc.text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    const p = honorificPronoun(inside ?? '') ?? honorificPronoun(before ?? '');
    if (!p) continue;
    const set = out.get(m.entityId) ?? new Set();
    set.add(p);
    out.set(m.entityId, set);
  }
  cache.set(doc, out);
  return out;
}

/**
 * Whether "he" or "she" can point to a person: not when the text gives that person only
 * honorifics of the other sex ("Ms Kelly ... he said" is someone else). Persons with no honorific fit either.
 */
export function pronounFits(doc: Doc, entityId: string, pronoun: 'he' | 'she'): boolean {
  const p = pronounsByEntity(doc).get(entityId);
  return !p || p.has(pronoun);
}
