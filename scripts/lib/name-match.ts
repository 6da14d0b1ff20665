import type { Entity } from '../../src/model/index.js';

// Forms that name the same actor but share no words. Kept small on purpose: the extractor's resolver
// should put these forms into an entity's name or aliases, and every extra row here hides a resolver
// miss. Abbreviations with dots need no row (normalization drops dots: "U.S." = "US").
const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['United States', 'US', 'USA', 'United States of America', 'America'],
  ['European Community', 'EC', 'EEC', 'European Economic Community', 'European Communities'],
  ['Soviet Union', 'USSR', 'Union of Soviet Socialist Republics'],
  ['Britain', 'United Kingdom', 'UK', 'Great Britain'],
  // DEU was the Federal Republic's code before 1990 too, so a 1987 "West Germany" is state:DEU "Germany".
  ['West Germany', 'Germany', 'Federal Republic of Germany'],
  ['OPEC', 'Organization of Petroleum Exporting Countries'],
  ['GATT', 'General Agreement on Tariffs and Trade'],
  ['Comecon', 'CMEA', 'Council for Mutual Economic Assistance'],
  ['United Automobile Workers', 'UAW', 'United Auto Workers'],
  ['European Union', 'EU'],
  ['United Nations', 'UN'],
  ['International Monetary Fund', 'IMF'],
  // British parties: the gold writes the full name (guide), the press the short one ("Labour", "the Tories").
  ['Labour Party', 'Labour'],
  ['Conservative Party', 'Conservatives', 'Tories', 'Tory Party', 'Tory'],
  ['Liberal Democrats', 'Lib Dems', 'Liberal Democrat Party'],
  ['UK Independence Party', 'UKIP'],
  ['Scottish National Party', 'SNP'],
];

// Legal-form words that writers drop freely: "Chrysler Corp" = "Chrysler".
const CORPORATE_SUFFIXES = new Set(['corp', 'corporation', 'inc', 'co', 'ltd', 'plc', 'ag', 'sa', 'nv', 'llc', 'company']);

/** Lower case, no diacritics, no tickers ("<AMO>"), no dots, no leading "the", no legal-form suffix. */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/[.\u2019']/g, (c) => (c === '.' ? '' : "'"))
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

const GROUP_OF = new Map<string, number>();
ALIAS_GROUPS.forEach((group, i) => group.forEach((form) => GROUP_OF.set(normalizeName(form), i)));

/** The normalized forms a gold name stands for: itself plus its alias-table row. */
export function nameForms(name: string): string[] {
  const n = normalizeName(name);
  const group = GROUP_OF.get(n);
  return group === undefined ? [n] : ALIAS_GROUPS[group].map(normalizeName);
}

/** Equality after normalization and the alias table, in either direction. */
export function namesMatch(a: string, b: string): boolean {
  const nb = normalizeName(b);
  return nb !== '' && nameForms(a).includes(nb);
}

/** True when one of the entity's name or aliases matches the gold name. */
export function entityMatchesName(entity: Pick<Entity, 'name' | 'aliases'>, gold: string): boolean {
  return [entity.name, ...entity.aliases].some((n) => namesMatch(gold, n));
}

const containsWords = (haystack: string, needle: string) => needle !== '' && ` ${haystack} `.includes(` ${needle} `);

/**
 * Speaker rule of eval-facts: some name, alias or mention of the predicted speaker equals or contains
 * (as whole words) the gold speaker name or one of its alias forms. For persons, the gold name's last
 * word is enough ("Yeutter" for "Clayton Yeutter"); not for other types, where the last word is
 * often shared by a different actor ("South Korea"/"North Korea", "White House").
 */
export function speakerMatches(entity: Pick<Entity, 'name' | 'aliases' | 'mentions' | 'type'>, gold: string): boolean {
  const forms = nameForms(gold);
  const goldWords = normalizeName(gold).split(' ');
  if (entity.type === 'Person' && goldWords.length > 1) forms.push(goldWords[goldWords.length - 1]);
  // Mentions without a capital are pronouns and descriptions ("us", "the company"): "us" would
  // otherwise equal the normalized "U.S.".
  const named = entity.mentions.map((m) => m.text).filter((t) => /\p{Lu}/u.test(t));
  const candidates = [entity.name, ...entity.aliases, ...named].map(normalizeName);
  return candidates.some((c) => forms.some((f) => containsWords(c, f)));
}
