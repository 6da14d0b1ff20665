import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { datelineState, stateRanking } from './dominant-state.js';
import { countryByIso3 } from './lexicon/countries.js';
import { isNationalOffice, officeExistsIn, usualStateOf } from './lexicon/national-offices.js';
import { impliedMention } from './role-implied-entities.js';

/**
 * The state of a national office given with no country word ("Home Secretary Charles Clarke",
 * "President Bush"): the most dominant state of the article whose system has that office, or, for
 * an office only a few states have, the one that usually holds it when no dateline says otherwise. A mention
 * of that state when the article names it, else one implied by the title's own words (`at`).
 */
export function stateOfOffice(doc: Doc, s: Sentence, role: string, at: { start: number; end: number }): RawMention | undefined {
  if (!isNationalOffice(role)) return undefined;
  // an office only a few states have is the usual one's when the article names none of them and
  // no dateline places it (a Washington story's "Foreign Secretary Joe Clark" is Canada's)
  const usual = datelineState(doc.article.place) ? undefined : usualStateOf(role);
  const iso3 = stateRanking(doc).find((x) => officeExistsIn(role, x)) ?? usual;
  if (!iso3) return undefined;
  const named = doc.mentions.find((m) => m.cls.type === 'State' && m.cls.iso3 === iso3 && m.cls.form !== 'capital');
  if (named) return named;
  const name = countryByIso3(iso3)?.name ?? iso3;
  return impliedMention(doc, s, at, { type: 'State', iso3, form: 'name' }, `state:${iso3}`, name);
}
