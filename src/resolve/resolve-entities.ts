import type { Entity, OrganizationKind } from '../model/index.js';
import type { Doc, RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { countryByIso3 } from '../extract/lexicon/countries.js';
import { knownOrganization } from '../extract/lexicon/organizations.js';
import { wikidataOfCountry } from '../extract/lexicon/country-wikidata.js';
import { orgInitials } from '../extract/org-initials.js';
import { isLegalForm } from '../extract/lexicon/abbreviations.js';
import { clusterPersons } from './cluster-persons.js';
import { resolveDescriptions } from './resolve-descriptions.js';
import { slug } from './slug.js';

const LOCATIVE = /\b(in|at|to|from|near|outside|into|across|via|through)\s*$/i;

function orgName(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

// "Barclays Plc" and "Barclays", "American Motors Corp" and "American Motors" are one company: its
// identity is its name without the legal form (the first mention still gives the entity its name).
function companyKey(name: string): string {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const form = isLegalForm(last);
  return form && words.length > 1 ? words.slice(0, -1).join(' ').replace(/,$/, '') : name;
}

// Capitals stand for their government ("Washington said") except where they are a place ("talks
// in Moscow").
function capitalIsPlace(doc: Doc, m: RawMention): boolean {
  return LOCATIVE.test(doc.text.slice(Math.max(0, m.start - 12), m.start));
}

// "Foreign Ministry", "Parliament", "central bank" exist in every state: without their state they
// would be one node for the whole world. The state is the one named just before ("Taiwan's Foreign
// Ministry", "the Russian Foreign Ministry"), else the one named last in this or the sentence
// before, else the state the article mentions most.
function stateOfBody(doc: Doc, m: RawMention): string | undefined {
  const before = doc.mentions.find((x) => x.cls.type === 'State' && x.end <= m.start && /^(['’]s)?\s*$/.test(doc.text.slice(x.end, m.start)));
  if (before?.cls.type === 'State') return before.cls.iso3;
  // the state named last in this or the previous sentence ("Taiwan said ... A Foreign Ministry statement")
  const near = doc.mentions.filter((x) => x.cls.type === 'State' && x.cls.form !== 'capital' && x.end <= m.start && x.sentence >= m.sentence - 1).at(-1);
  if (near?.cls.type === 'State') return near.cls.iso3;
  const counts = new Map<string, number>();
  for (const x of doc.mentions) if (x.cls.type === 'State' && x.cls.form !== 'capital') counts.set(x.cls.iso3, (counts.get(x.cls.iso3) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function idOf(doc: Doc, m: RawMention, orgKeys: Map<string, RawMention>): string | undefined {
  const c = m.cls;
  const full = c.type === 'Organization' && !c.key ? orgKeys.get(orgName(m.text).toLowerCase()) : undefined;
  if (full && full !== m) return idOf(doc, full, new Map());
  if (c.type === 'Organization' && c.kind === 'government agency' && !c.key && !c.state) {
    const iso3 = stateOfBody(doc, m);
    if (iso3) return `org:${iso3.toLowerCase()}-${slug(orgName(m.text))}`;
  }
  switch (c.type) {
    case 'State':
      return c.form === 'capital' && capitalIsPlace(doc, m) ? `loc:${slug(m.text)}` : `state:${c.iso3}`;
    case 'Organization':
      if (c.key && knownOrganization(m.text)) return `org:${c.key}`;
      if (c.key) return `org:${slug(c.key)}`;
      return `org:${slug(companyKey(orgName(m.text)))}`;
    case 'Location':
      return `loc:${slug(m.text)}`;
    default:
      return undefined;
  }
}

// "World Trade Organization (WTO)" and a later "WTO", or "WTO" whose letters are the initials of a
// name in the same article, are one organization.
// The initials map to the full name's mention, which then decides the id (a government body's
// carries its state: "National Audit Office" and "NAO" are both org:gbr-national-audit-office).
function acronymKeys(doc: Doc): Map<string, RawMention> {
  const orgs = doc.mentions.filter((m) => m.cls.type === 'Organization' && !(m.cls.type === 'Organization' && m.cls.key));
  const keys = new Map<string, RawMention>();
  for (const m of orgs) {
    const name = orgName(m.text);
    for (const initials of orgInitials(name)) {
      if (!keys.has(initials.toLowerCase())) keys.set(initials.toLowerCase(), m);
    }
  }
  return keys;
}

/** Entities built so far in an article, keyed by id. */
export type EntityTable = Map<string, Entity>;

function addMention(table: EntityTable, doc: Doc, id: string, m: RawMention): void {
  let e = table.get(id);
  if (!e) {
    e = newEntity(id, m);
    table.set(id, e);
  }
  m.entityId = id;
  e.mentions.push({ start: m.start, end: m.end, text: m.text });
  const isName = m.cls.type !== 'Pronoun' && m.cls.type !== 'RoleDescription' && m.cls.type !== 'ActorDescription' && !(m.cls.type === 'Organization' && m.cls.kind === 'group');
  const alias = (m.name ?? m.text).replace(/^the\s+/i, '');
  if (isName && alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
}

function newEntity(id: string, m: RawMention): Entity {
  const c = m.cls;
  if (id.startsWith('state:') && c.type === 'State') {
    const info = countryByIso3(c.iso3);
    const wikidata = wikidataOfCountry(c.iso3);
    return { id, type: 'State', name: info?.name ?? m.text, aliases: [], externalIds: { iso3: c.iso3, ...(wikidata ? { wikidata } : {}) }, mentions: [] };
  }
  if (id.startsWith('loc:')) return { id, type: 'Location', name: m.text, aliases: [], mentions: [] };
  if (c.type === 'Organization') {
    const known = knownOrganization(m.text);
    let name = known?.name ?? (c.kind === 'group' && c.key ? c.key : orgName(m.text));
    const qualified = /^org:([a-z]{3})-/.exec(id);
    if (!known && qualified && c.kind === 'government agency') name = `${countryByIso3(qualified[1].toUpperCase())?.name ?? qualified[1].toUpperCase()} ${name}`;
    return {
      id,
      type: 'Organization',
      name,
      aliases: [],
      kind: (known?.kind ?? c.kind) as OrganizationKind,
      ...(known?.wikidata ? { externalIds: { wikidata: known.wikidata } } : {}),
      mentions: [],
    };
  }
  return { id, type: 'Person', name: m.name ?? m.text, aliases: [], mentions: [] };
}

/** Gives every mention an entity: names by identity rules, descriptions and pronouns by coreference. */
export function resolveEntities(doc: Doc, claims: RoleClaim[]): Entity[] {
  const table: EntityTable = new Map();
  const orgKeys = acronymKeys(doc);
  for (const c of clusterPersons(doc.mentions)) {
    table.set(c.id, { id: c.id, type: 'Person', name: c.name, aliases: [], mentions: [] });
    for (const m of c.names) addMention(table, doc, c.id, m);
  }
  for (const m of doc.mentions) {
    if (m.entityId) continue;
    const id = idOf(doc, m, orgKeys);
    if (id) addMention(table, doc, id, m);
  }
  for (const [m, id] of resolveDescriptions(doc, claims)) addMention(table, doc, id, m);
  for (const e of table.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...table.values()].filter((e) => e.mentions.length > 0);
}
