import type { Entity } from '../model/index.js';
import type { Doc, MentionClass, RawMention, Sentence } from '../model/doc.js';
import { wikidataOfCountry } from './lexicon/country-wikidata.js';

// Targets that a title implies without naming them: the state of "Home Secretary" in a story that
// never says "Britain", the party of "Tory co-chairman". They are not names, so they stay out of
// the mention list that other passes read (no statement is "about" Britain because it says
// "Home Secretary"); their entity is added for the relation alone.
const implied = new WeakSet<RawMention>();

/** A mention of `id` implied by the words at `at` (the title or the party word), resolved already. */
export function impliedMention(doc: Doc, s: Sentence, at: { start: number; end: number }, cls: MentionClass, id: string, name: string): RawMention {
  const m: RawMention = { start: at.start, end: at.end, text: doc.text.slice(at.start, at.end), sentence: s.index, cls, entityId: id, name };
  implied.add(m);
  return m;
}

/** The entities that role claims imply and the article does not otherwise name, one per id. */
export function impliedEntities(claims: readonly { target?: RawMention }[], named: Entity[]): Entity[] {
  const ids = new Set(named.map((e) => e.id));
  const out = new Map<string, Entity>();
  for (const c of claims) {
    const t = c.target;
    if (!t || !implied.has(t) || !t.entityId || ids.has(t.entityId)) continue;
    const mention = { start: t.start, end: t.end, text: t.text };
    const existing = out.get(t.entityId);
    if (existing) {
      if (!existing.mentions.some((m) => m.start === mention.start)) existing.mentions.push(mention);
      continue;
    }
    const cls = t.cls;
    const e: Entity =
      cls.type === 'State'
        ? { id: t.entityId, type: 'State', name: t.name ?? t.text, aliases: [], externalIds: { iso3: cls.iso3, ...(wikidataOfCountry(cls.iso3) ? { wikidata: wikidataOfCountry(cls.iso3) } : {}) }, mentions: [mention] }
        : { id: t.entityId, type: 'Organization', name: t.name ?? t.text, aliases: t.name && t.name !== t.text ? [t.text] : [], kind: cls.type === 'Organization' && cls.kind === 'party' ? 'party' : 'government agency', mentions: [mention] };
    out.set(t.entityId, e);
  }
  for (const e of out.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...out.values()];
}
