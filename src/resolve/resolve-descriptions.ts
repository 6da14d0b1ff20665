import type { Doc, RawMention } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { mentionsOfSentence } from '../extract/mention-index.js';
import { knownRoleOf } from '../extract/known-sides.js';

// Roles that "the leader" can stand for.
const HEAD_ROLES = new Set(['president', 'prime minister', 'king', 'queen', 'leader', 'chancellor', 'emir', 'ruler', 'monarch']);

interface Holder {
  id: string;
  role: string;
  iso3?: string;
}

// "the diplomat" is whoever conducts foreign policy in the article.
const DIPLOMATIC_ROLES = new Set(['foreign minister', 'foreign secretary', 'secretary of state', 'ambassador', 'envoy', 'special envoy', 'diplomat', 'deputy foreign minister']);

function roleMatches(description: string, held: string): boolean {
  if (description === held) return true;
  if (description === 'leader') return HEAD_ROLES.has(held);
  if (description === 'diplomat') return DIPLOMATIC_ROLES.has(held);
  // "the Kremlin official": anyone holding an office there
  if (description === 'official') return true;
  if (description === 'minister') return held.endsWith('minister');
  return held.endsWith(` ${description}`);
}

function holders(claims: RoleClaim[]): Holder[] {
  return claims
    .filter((c) => c.holder.entityId && !c.former)
    .map((c) => ({
      id: c.holder.entityId!,
      role: c.role,
      iso3: c.target?.cls.type === 'State' ? c.target.cls.iso3 : undefined,
    }));
}

// Salience: how often a person was named before this point; ties go to the one named last.
// Where each entity is mentioned (sorted starts), kept up to date as descriptions resolve.
type Positions = Map<string, number[]>;
const positionsOf = new WeakMap<Doc, Positions>();

function countBefore(starts: number[], before: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mostSalient(doc: Doc, ids: Set<string>, before: number): string | undefined {
  const positions = positionsOf.get(doc) ?? new Map<string, number[]>();
  let best: { id: string; count: number; last: number } | undefined;
  for (const id of ids) {
    const starts = positions.get(id) ?? [];
    const count = countBefore(starts, before);
    if (count === 0) continue;
    const cand = { id, count, last: starts[count - 1] };
    if (!best || cand.count > best.count || (cand.count === best.count && cand.last > best.last)) best = cand;
  }
  return best?.id;
}

function resolveRole(doc: Doc, m: RawMention, all: Holder[], known: Holder[]): string | undefined {
  if (m.cls.type !== 'RoleDescription') return undefined;
  const { role, stateIso3 } = m.cls;
  const fits = all.filter((h) => roleMatches(role, h.role) && (!stateIso3 || !h.iso3 || h.iso3 === stateIso3));
  // "the prime minister said" in a story that never titles anyone so: a person it names whom the
  // actor dictionary knows by exactly that office
  const byDictionary = () => known.filter((h) => h.role === role && (!stateIso3 || h.iso3 === stateIso3));
  return mostSalient(doc, new Set(fits.map((h) => h.id)), m.start) ?? (fits.length ? undefined : mostSalient(doc, new Set(byDictionary().map((h) => h.id)), m.start));
}

// A pronoun refers to the person who is the subject (first person named) of its own sentence
// before it, or else of the nearest earlier sentence that names a person.
function resolvePronoun(doc: Doc, m: RawMention): string | undefined {
  if (m.cls.type === 'Pronoun' && m.cls.person === 'who') {
    const comma = doc.text.lastIndexOf(',', m.start);
    return doc.mentions.find((x) => x.end <= comma && /^\s*$/.test(doc.text.slice(x.end, comma)) && x.entityId && x.cls.type !== 'Pronoun')?.entityId;
  }
  if (m.cls.type !== 'Pronoun' || (m.cls.person !== 'he' && m.cls.person !== 'she')) return undefined;
  const isPerson = (x: RawMention) => x.entityId?.startsWith('person:') && x.cls.type !== 'Pronoun';
  const same = mentionsOfSentence(doc, m.sentence).find((x) => x.start < m.start && isPerson(x));
  if (same) return same.entityId;
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 4); s--) {
    const first = mentionsOfSentence(doc, s).find(isPerson);
    if (first) return first.entityId;
  }
  return undefined;
}

// Which entities a head noun can name, by their type, kind and name.
function fitsHead(head: string, e: { id: string; kind?: string; name: string }): boolean {
  if (/^(government|administration|authorities)$/.test(head)) return e.id.startsWith('state:');
  if (/^(ministry|department)$/.test(head)) return e.kind === 'government agency';
  if (head === 'agency') return e.kind === 'government agency' || e.kind === 'news agency';
  if (head === 'union') return /union|workers/i.test(e.name);
  if (/^(cartel|organisation|organization|alliance|bloc|community)$/.test(head)) return e.kind === 'international organization';
  return e.id.startsWith('org:') && (e.kind === 'company' || e.kind === 'organization');
}

// "the company" is the most mentioned organization of that kind named before it.
function resolveActorDescription(doc: Doc, m: RawMention, named: Map<string, RawMention>): string | undefined {
  if (m.cls.type !== 'ActorDescription') return undefined;
  const head = m.cls.head;
  const candidates = new Set<string>();
  for (const [id, x] of named) {
    const kind = x.cls.type === 'Organization' ? x.cls.kind : undefined;
    if (fitsHead(head, { id, kind, name: x.text })) candidates.add(id);
  }
  return mostSalient(doc, candidates, m.start);
}

/** Resolves role descriptions ("the Belarusian leader") and personal pronouns to people, in text order. */
export function resolveDescriptions(doc: Doc, claims: RoleClaim[]): [RawMention, string][] {
  const all = holders(claims);
  const out: [RawMention, string][] = [];
  const positions: Positions = new Map();
  positionsOf.set(doc, positions);
  // one named mention per entity, to judge what kind of actor it is
  const named = new Map<string, RawMention>();
  for (const m of doc.mentions) {
    if (!m.entityId) continue;
    const list = positions.get(m.entityId);
    if (list) list.push(m.start);
    else positions.set(m.entityId, [m.start]);
    if (!named.has(m.entityId) && m.cls.type !== 'Pronoun' && m.cls.type !== 'ActorDescription' && m.cls.type !== 'RoleDescription') named.set(m.entityId, m);
  }
  for (const list of positions.values()) list.sort((a, b) => a - b);
  const titled = new Set(all.map((h) => h.id));
  const known: Holder[] = [...named.keys()].filter((id) => id.startsWith('person:') && !titled.has(id)).flatMap((id) => {
    const k = knownRoleOf(id);
    return k && k.role ? [{ id, ...k }] : [];
  });
  const pending = doc.mentions.filter((m) => !m.entityId && (m.cls.type === 'RoleDescription' || m.cls.type === 'ActorDescription' || m.cls.type === 'Pronoun'));
  for (const m of pending.sort((a, b) => a.start - b.start)) {
    const id = m.cls.type === 'RoleDescription' ? resolveRole(doc, m, all, known) : m.cls.type === 'ActorDescription' ? resolveActorDescription(doc, m, named) : resolvePronoun(doc, m);
    if (id) {
      m.entityId = id;
      out.push([m, id]);
      const list = positions.get(id) ?? [];
      list.splice(countBefore(list, m.start), 0, m.start);
      positions.set(id, list);
    }
  }
  return out;
}
