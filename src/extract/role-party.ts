import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { PARTY_CODES, PARTY_WORDS, partyByKey } from './lexicon/parties.js';
import { impliedMention } from './role-implied-entities.js';

// Party words that also stand alone for a member ("Tory X", "Democrat X", "X, a Republican from
// Ohio"); "Labour X" or "Liberal X" are not said of a person.
const MEMBER_NOUNS = new Set(['Tory', 'Conservative', 'Democrat', 'Republican', 'Lib Dem', 'Liberal Democrat']);

/** A party word that ends at token `end` (exclusive): its key and first token. */
export function partyEndingAt(s: Sentence, end: number): { key: string; start: number; noun: boolean } | undefined {
  for (const n of [2, 1]) {
    if (end - n < 0) continue;
    const words = s.tokens.slice(end - n, end).map((t) => t.text);
    const phrase = words.join(' ');
    const key = PARTY_WORDS.get(phrase);
    // "Democratic Republic of Congo", "the Conservative Party" are not party modifiers of a title
    if (key && !/^(Party|Republic)$/i.test(s.tokens[end]?.text ?? '')) return { key, start: end - n, noun: MEMBER_NOUNS.has(phrase) };
  }
  return undefined;
}

/** A party word that starts at token `k`. */
export function partyStartingAt(s: Sentence, k: number): { key: string; end: number; noun: boolean } | undefined {
  for (const n of [2, 1]) {
    const r = partyEndingAt(s, k + n);
    if (r && r.start === k) return { key: r.key, end: k + n, noun: r.noun };
  }
  return undefined;
}

/** The US party code of a legislator ("R-Utah", "D-Calif.") at token `k`, if any. */
export function partyCodeAt(s: Sentence, k: number): string | undefined {
  const m = /^([A-Z])-\p{Lu}/u.exec(s.tokens[k]?.text ?? '');
  return m ? PARTY_CODES.get(m[1]) : undefined;
}

/** A mention of the party `key`: the article's own when it names the party, else the party word. */
export function partyMention(doc: Doc, s: Sentence, key: string, from: number, to: number): RawMention | undefined {
  const own = doc.mentions.find((m) => m.cls.type === 'Organization' && m.cls.key === key);
  if (own) return own;
  const party = partyByKey(key);
  if (!party) return undefined;
  const at = { start: s.tokens[from].start, end: s.tokens[to - 1].end };
  return impliedMention(doc, s, at, { type: 'Organization', kind: 'party', key }, `org:${key}`, party.name);
}
