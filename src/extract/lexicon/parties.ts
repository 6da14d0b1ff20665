import type { KnownOrganization } from './known-organization.js';

// Political parties that international news names by a short name ("Labour", "the Tories", "the
// SNP", "the CDU"): each with its official English name and the short forms newspapers use. Compiled
// by hand from the parties' official names and the common names given in Wikipedia's "List of
// political parties in <country>" articles (the United Kingdom, Germany, the United States, France,
// Ireland and others); names are facts, no text is copied. Forms that are everyday words in another
// sense ("Greens", "Left", "Congress") are left out: a tagged name with "Party" still classifies as a
// party by organization-kind.ts.
/** Parties by short name: [key, name, forms]. */
const PARTIES: [string, string, string[]][] = [
  // United Kingdom
  ['uk-labour', 'Labour Party', ['Labour', 'Labour Party', 'the Labour Party', 'New Labour']],
  ['uk-conservatives', 'Conservative Party', ['Conservative Party', 'Conservatives', 'Tories', 'Tory Party', 'Tory party']],
  ['uk-liberal-democrats', 'Liberal Democrats', ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'LibDems', 'Liberal Democrat Party']],
  ['uk-snp', 'Scottish National Party', ['SNP', 'Scottish National Party']],
  ['uk-plaid-cymru', 'Plaid Cymru', ['Plaid Cymru', 'Plaid']],
  ['uk-ukip', 'UK Independence Party', ['UKIP', 'Ukip', 'UK Independence Party']],
  ['uk-dup', 'Democratic Unionist Party', ['DUP', 'Democratic Unionist Party', 'Democratic Unionists']],
  ['uk-uup', 'Ulster Unionist Party', ['UUP', 'Ulster Unionist Party', 'Ulster Unionists']],
  ['uk-sdlp', 'Social Democratic and Labour Party', ['SDLP', 'Social Democratic and Labour Party']],
  ['sinn-fein', 'Sinn Féin', ['Sinn Féin', 'Sinn Fein']],
  ['uk-reform', 'Reform UK', ['Reform UK', 'Brexit Party']],
  ['uk-liberal-party', 'Liberal Party', ['Liberal Party']],
  // Ireland
  ['ie-fianna-fail', 'Fianna Fáil', ['Fianna Fáil', 'Fianna Fail']],
  ['ie-fine-gael', 'Fine Gael', ['Fine Gael']],
  // Germany
  ['de-spd', 'Social Democratic Party of Germany', ['SPD', 'Social Democratic Party of Germany']],
  ['de-cdu', 'Christian Democratic Union', ['CDU', 'Christian Democratic Union', 'Christian Democratic Union of Germany']],
  ['de-csu', 'Christian Social Union', ['CSU', 'Christian Social Union']],
  ['de-fdp', 'Free Democratic Party', ['FDP', 'Free Democratic Party', 'Free Democrats']],
  ['de-afd', 'Alternative for Germany', ['AfD', 'Alternative for Germany', 'Alternative für Deutschland']],
  // United States
  ['us-democratic-party', 'Democratic Party', ['Democratic Party', 'Democrats', 'Democratic National Committee', 'DNC']],
  ['us-republican-party', 'Republican Party', ['Republican Party', 'Republicans', 'GOP', 'Republican National Committee', 'RNC']],
  // France
  ['fr-socialist-party', 'Socialist Party', ['Parti Socialiste', 'French Socialist Party']],
  ['fr-national-rally', 'National Rally', ['National Rally', 'Rassemblement National', 'National Front', 'Front National']],
  ['fr-les-republicains', 'The Republicans', ['Les Républicains', 'Les Republicains']],
  ['fr-la-republique-en-marche', 'Renaissance', ['La République En Marche', 'La Republique En Marche', 'En Marche']],
  // Elsewhere
  ['za-anc', 'African National Congress', ['ANC', 'African National Congress']],
  ['in-bjp', 'Bharatiya Janata Party', ['BJP', 'Bharatiya Janata Party']],
  ['in-congress', 'Indian National Congress', ['Indian National Congress', 'Congress Party']],
  ['il-likud', 'Likud', ['Likud']],
  ['hu-fidesz', 'Fidesz', ['Fidesz']],
  ['pl-pis', 'Law and Justice', ['Law and Justice', 'PiS']],
  ['ru-united-russia', 'United Russia', ['United Russia']],
  ['jp-ldp', 'Liberal Democratic Party', ['Liberal Democratic Party', 'LDP']],
  ['tw-kmt', 'Kuomintang', ['Kuomintang', 'KMT']],
  ['cn-cpc', 'Communist Party of China', ['Communist Party of China', 'Chinese Communist Party', 'CCP', 'CPC']],
];

/** Political parties known by their short names, as known organizations of kind party. */
export const KNOWN_PARTIES: KnownOrganization[] = PARTIES.map(([key, name, forms]) => ({ key, name, kind: 'party', forms }));

/**
 * The words that name a party as a modifier or a member noun before a title or name ("Tory
 * co-chairman X", "Labour MP X", "Democrat X", "the Lib Dem spokesman X"), capitalised as written,
 * with the party's key. Also the one-letter party codes of US style ("Rep. X, R-Utah", "(D-Calif.)").
 */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['Labour', 'uk-labour'],
  ['Tory', 'uk-conservatives'],
  ['Conservative', 'uk-conservatives'],
  ['Lib Dem', 'uk-liberal-democrats'],
  ['Liberal Democrat', 'uk-liberal-democrats'],
  ['Liberal', 'uk-liberal-party'],
  ['SNP', 'uk-snp'],
  ['Plaid', 'uk-plaid-cymru'],
  ['Plaid Cymru', 'uk-plaid-cymru'],
  ['UKIP', 'uk-ukip'],
  ['Ukip', 'uk-ukip'],
  ['DUP', 'uk-dup'],
  ['Sinn Fein', 'sinn-fein'],
  ['Democrat', 'us-democratic-party'],
  ['Democratic', 'us-democratic-party'],
  ['Republican', 'us-republican-party'],
  ['GOP', 'us-republican-party'],
  ['SPD', 'de-spd'],
  ['CDU', 'de-cdu'],
  ['CSU', 'de-csu'],
  ['FDP', 'de-fdp'],
]);

/** US party codes after a legislator's name: "R-Utah", "D-Calif.". */
export const PARTY_CODES: ReadonlyMap<string, string> = new Map([
  ['R', 'us-republican-party'],
  ['D', 'us-democratic-party'],
]);

// The state a party belongs to, by its key's prefix: its offices are that state's politics.
const PARTY_STATES: ReadonlyMap<string, string> = new Map([
  ['uk', 'GBR'], ['ie', 'IRL'], ['de', 'DEU'], ['us', 'USA'], ['fr', 'FRA'], ['za', 'ZAF'], ['in', 'IND'],
  ['il', 'ISR'], ['hu', 'HUN'], ['pl', 'POL'], ['ru', 'RUS'], ['jp', 'JPN'], ['tw', 'TWN'], ['cn', 'CHN'],
]);

/** The known party with this key. */
export function partyByKey(key: string): KnownOrganization | undefined {
  return KNOWN_PARTIES.find((p) => p.key === key);
}

/** The ISO alpha-3 code of the state a known party belongs to, if known. */
export function stateOfParty(key: string): string | undefined {
  return PARTY_STATES.get(key.split('-')[0]);
}
