import type { Doc, RawMention, Sentence } from './doc.js';
import { stateRanking } from './dominant-state.js';
import { countryByIso3 } from './lexicon/countries.js';
import { isNationalOffice, officeExistsIn } from './lexicon/national-offices.js';
import { impliedMention } from './role-implied-entities.js';

/**
 * The state of a national office given with no country word ("Home Secretary Charles Clarke",
 * "President Bush"): the most dominant state of the article whose system has that office. A mention
 * of that state when the article names it, else one implied by the title's own words (`at`).
 */
export function stateOfOffice(doc: Doc, s: Sentence, role: string, at: { start: number; end: number }): RawMention | undefined {
  if (!isNationalOffice(role)) return undefined;
  const iso3 = stateRanking(doc).find((x) => officeExistsIn(role, x));
  if (!iso3) return undefined;
  const named = doc.mentions.find((m) => m.cls.type === 'State' && m.cls.iso3 === iso3 && m.cls.form !== 'capital');
  if (named) return named;
  const name = countryByIso3(iso3)?.name ?? iso3;
  return impliedMention(doc, s, at, { type: 'State', iso3, form: 'name' }, `state:${iso3}`, name);
}
