import type { MentionClass, Sentence } from '../model/doc.js';
import { countryForm } from './lexicon/countries.js';
import { COMBINING_FORMS } from './lexicon/combining-forms.js';
import { knownOrganization } from './lexicon/organizations.js';

/** An actor named inside one hyphenated token, by character offsets. */
export interface HyphenatedActor {
  token: number;
  start: number;
  end: number;
  cls: MentionClass;
}

function actorOf(part: string): MentionClass | undefined {
  const org = knownOrganization(part);
  if (org) return { type: 'Organization', kind: org.kind, key: org.key, wikidata: org.wikidata, state: org.state };
  const c = countryForm(part);
  if (c) return { type: 'State', iso3: c.iso3, form: c.kind };
  const iso3 = COMBINING_FORMS.get(part.toLowerCase());
  return iso3 ? { type: 'State', iso3, form: 'demonym' } : undefined;
}

/**
 * "EU-US talks", "US-China trade", "Israeli-Palestinian peace", "Sino-Japanese relations": a token
 * that joins two or more states or bodies by hyphens names each of them. Tokens where only one part
 * is an actor ("German-born", "Paris-based") name none here.
 */
export function hyphenatedActors(s: Sentence): HyphenatedActor[] {
  const out: HyphenatedActor[] = [];
  s.tokens.forEach((t, k) => {
    if (!t.text.includes('-') || !/^\p{Lu}/u.test(t.text)) return;
    const parts: HyphenatedActor[] = [];
    let at = 0;
    for (const part of t.text.split('-')) {
      const cls = actorOf(part);
      if (cls) parts.push({ token: k, start: t.start + at, end: t.start + at + part.length, cls });
      at += part.length + 1;
    }
    if (parts.length >= 2) out.push(...parts);
  });
  return out;
}
