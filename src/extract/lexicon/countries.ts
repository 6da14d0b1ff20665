import { createRequire } from 'node:module';

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}

/** A state as the gazetteer knows it. */
export interface CountryInfo {
  iso3: string;
  name: string;
  officialName: string;
  capitals: string[];
}

/** How a surface form names a state: its name, its people/adjective, or its capital as a metonym. */
export type CountryFormKind = 'name' | 'demonym' | 'people' | 'capital';

export interface CountryForm {
  iso3: string;
  kind: CountryFormKind;
}

const require = createRequire(import.meta.url);
const WORLD: WorldCountry[] = require('world-countries/countries.json');

// Forms news uses that the package does not list: older and informal names, dotted initialisms,
// and plural nouns for peoples that are not the adjective plus "s".
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'United States', 'the States'],
  GBR: ['Britain', 'U.K.', 'England', 'Scotland', 'Wales'],
  RUS: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  DEU: ['West Germany', 'East Germany'],
  KOR: ['Korea'],
  CZE: ['Czechoslovakia', 'Czechia', 'Czech Republic'],
  TUR: ['Turkey'],
  MKD: ['Macedonia'],
  NLD: ['Holland', 'Netherlands'],
  CIV: ['Ivory Coast'],
  MMR: ['Burma'],
  COD: ['Zaire', 'Congo'],
  TWN: ['Taiwan'],
  VAT: ['Holy See'],
  IRN: ['Iran'],
  SYR: ['Syria'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GBR: ['English', 'Scottish', 'Welsh', 'Briton'],
  USA: ['U.S.'],
  NLD: ['Netherlands'],
  RUS: ['Soviet'],
  DEU: ['West German', 'East German'],
  CHN: ['Chinese'],
  PHL: ['Filipino'],
};
const PEOPLE: Record<string, string[]> = {
  POL: ['Poles'],
  SWE: ['Swedes'],
  DNK: ['Danes'],
  FIN: ['Finns'],
  TUR: ['Turks'],
  GBR: ['Britons', 'Brits', 'Scots'],
  NLD: ['Dutchmen'],
  FRA: ['Frenchmen'],
  ESP: ['Spaniards'],
  NZL: ['New Zealanders'],
  ISL: ['Icelanders'],
  PHL: ['Filipinos'],
  THA: ['Thais'],
  LAO: ['Laotians'],
};
// Adjectives that are also the plural noun ("two Japanese citizens", "the Japanese said").
const INVARIANT = /(ese|ish|ch|ss)$/;

const byIso3 = new Map<string, CountryInfo>();
const forms = new Map<string, CountryForm>();

function addForm(surface: string, form: CountryForm): void {
  const key = surface.trim();
  // The first claim wins: names before demonyms before capitals, and sovereign states first.
  if (key.length > 1 && !forms.has(key)) forms.set(key, form);
}

const ordered = [...WORLD].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
// The name English-language news uses where the package has adopted a newer one.
const NEWS_NAMES: Record<string, string> = { TUR: 'Turkey' };
for (const c of ordered) {
  byIso3.set(c.cca3, { iso3: c.cca3, name: NEWS_NAMES[c.cca3] ?? c.name.common, officialName: c.name.official, capitals: c.capital ?? [] });
}
for (const c of ordered) {
  addForm(c.name.common, { iso3: c.cca3, kind: 'name' });
  addForm(c.name.official, { iso3: c.cca3, kind: 'name' });
  for (const n of EXTRA_NAMES[c.cca3] ?? []) addForm(n, { iso3: c.cca3, kind: 'name' });
  for (const alt of c.altSpellings) {
    // Two-letter codes other than US/UK are too often ordinary words or initials.
    if (/^[A-Z]{2}$/.test(alt) && !['US', 'UK'].includes(alt)) continue;
    if (/^[\p{Script=Latin}\s.,'-]+$/u.test(alt)) addForm(alt, { iso3: c.cca3, kind: 'name' });
  }
}
for (const c of ordered) {
  const dem = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])].filter(Boolean) as string[]);
  for (const d of dem) {
    addForm(d, { iso3: c.cca3, kind: 'demonym' });
    if (!INVARIANT.test(d) && !/\s/.test(d) && !d.includes('.')) addForm(`${d}s`, { iso3: c.cca3, kind: 'people' });
  }
  for (const p of PEOPLE[c.cca3] ?? []) addForm(p, { iso3: c.cca3, kind: 'people' });
}
for (const c of ordered) {
  for (const cap of c.capital ?? []) addForm(cap.replace(/ D\.C\.$/, ''), { iso3: c.cca3, kind: 'capital' });
}
// "US" alone is the country; "Washington" the capital. The Kremlin and Whitehall are buildings that
// stand for their governments the same way capitals do.
addForm('Kremlin', { iso3: 'RUS', kind: 'capital' });
// Older spellings of capitals that news still uses.
addForm('Kiev', { iso3: 'UKR', kind: 'capital' });
addForm('Peking', { iso3: 'CHN', kind: 'capital' });
addForm('Rangoon', { iso3: 'MMR', kind: 'capital' });
addForm('Whitehall', { iso3: 'GBR', kind: 'capital' });
addForm('White House', { iso3: 'USA', kind: 'capital' });
addForm('Downing Street', { iso3: 'GBR', kind: 'capital' });
addForm('Élysée', { iso3: 'FRA', kind: 'capital' });
addForm('Elysee', { iso3: 'FRA', kind: 'capital' });
addForm('Élysée Palace', { iso3: 'FRA', kind: 'capital' });
addForm('Blue House', { iso3: 'KOR', kind: 'capital' });
addForm('Zhongnanhai', { iso3: 'CHN', kind: 'capital' });

/** Looks up a surface form exactly as written ("Belarusian", "U.S.", "the Americans" without "the"). */
export function countryForm(surface: string): CountryForm | undefined {
  return forms.get(surface) ?? forms.get(surface.replace(/^the /i, ''));
}

/** The state with this ISO 3166 alpha-3 code. */
export function countryByIso3(iso3: string): CountryInfo | undefined {
  return byIso3.get(iso3);
}

/** Every surface form, longest first, for scanning text. */
export function countrySurfaceForms(): string[] {
  return [...forms.keys()].sort((a, b) => b.length - a.length);
}

/** Normalizes a name in headline case ("BELARUS") to the form the gazetteer uses. */
export function countryFormCaseless(surface: string): CountryForm | undefined {
  const direct = countryForm(surface);
  if (direct) return direct;
  return caselessForms().get(surface.toLowerCase());
}

// Built on first use (after every addForm above): a scan of all forms per lookup made an article in
// capitals take seconds per page.
let caseless: Map<string, CountryForm> | undefined;
function caselessForms(): Map<string, CountryForm> {
  if (!caseless) {
    caseless = new Map();
    // the first form in insertion order wins, as the scan it replaces did
    for (const [k, v] of forms) if (!caseless.has(k.toLowerCase())) caseless.set(k.toLowerCase(), v);
  }
  return caseless;
}
