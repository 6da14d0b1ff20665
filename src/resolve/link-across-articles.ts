import type { ArticleGraph, Entity } from '../model/index.js';
import { sameTopic, withinWindow, type KnownNegotiation } from './negotiation-match.js';
import { remapEntities, singleNamePersons, type EntityRemap } from './remap-entities.js';

/**
 * The reads cross-article identity needs from the graph, named after their Cypher in cypher/ (the
 * loader owns the database and runs them in the transaction that writes the batch):
 * batch-persons (persons by surname), batch-single-names (one-name persons by id prefix, with the
 * ties of their relations), lock-parties (locks the parties of talks until the write commits) and
 * batch-negotiations (talks with exactly one of the given party sets).
 */
export type GraphLookup = <R extends Record<string, unknown>>(query: 'batch-persons' | 'batch-single-names' | 'lock-parties' | 'batch-negotiations', params: Record<string, unknown>) => Promise<R[]>;

const partyKey = (ids: string[]) => [...new Set(ids)].sort().join('\n');

// Cypher's ORDER BY ... DESC puts null first.
const byLastSeenDesc = (a: KnownNegotiation, b: KnownNegotiation) => (a.lastSeen === b.lastSeen ? 0 : a.lastSeen === null ? -1 : b.lastSeen === null ? 1 : a.lastSeen < b.lastSeen ? 1 : -1);

/**
 * Cross-article identity for a whole batch, read inside the transaction that writes it (one read
 * per kind, not per article):
 * a person named by surname only ("Merkel") joins the one person in the graph with that surname
 * when there is exactly one; a person known by one name only otherwise gets an id of their article
 * unless a relation ties them to an earlier one; negotiations join talks with the same parties and
 * topic within the window (negotiation-match.ts). Articles are linked in input order against
 * what the graph held before the batch plus what earlier articles of the batch will write, so the
 * result is the graph that writing them one by one would give. The parties of talks are locked
 * before the talks are read, so concurrent writers join the same talks instead of racing.
 */
export async function linkAcrossArticles(lookup: GraphLookup, graphs: ArticleGraph[]): Promise<ArticleGraph[]> {
  const surnames = [...new Set(graphs.flatMap((g) => singleNamePersons(g).map((e) => e.name.toLowerCase())))];
  const anyNegotiations = graphs.some((g) => g.negotiations.length > 0);
  if (surnames.length === 0 && !anyNegotiations) return graphs;
  // 1. Persons: those in the graph, then those each article adds, by surname; people known by one
  // name only, by the ties of their relations.
  const bySurname = new Map<string, Map<string, string>>();
  const addPerson = (surname: string, id: string, name: string) => {
    const m = bySurname.get(surname) ?? new Map<string, string>();
    if (!m.has(id)) m.set(id, name);
    bySurname.set(surname, m);
  };
  const singles = new Map<string, Map<string, Set<string>>>();
  const addSingle = (prefix: string, id: string, ties: string[]) => {
    const m = singles.get(prefix) ?? new Map<string, Set<string>>();
    m.set(id, new Set([...(m.get(id) ?? []), ...ties]));
    singles.set(prefix, m);
  };
  if (surnames.length > 0) {
    const rows = await lookup<{ surname: string; id: string; name: string }>('batch-persons', { surnames });
    for (const r of rows) addPerson(r.surname, r.id, r.name);
    const prefixes = [...new Set(graphs.flatMap((g) => singleNamePersons(g).map((e) => `${e.id}@`)))];
    for (const r of await lookup<{ prefix: string; id: string; ties: string[] }>('batch-single-names', { prefixes })) addSingle(r.prefix, r.id, r.ties);
  }
  const personLinked = graphs.map((g) => {
    const remap: EntityRemap = new Map();
    const scoped: Entity[] = [];
    for (const e of singleNamePersons(g)) {
      const candidates = bySurname.get(e.name.toLowerCase());
      if (candidates?.size === 1) {
        const [[id, name]] = candidates;
        if (!g.entities.some((x) => x.id === id)) {
          remap.set(e.id, { id, name });
          continue;
        }
      }
      scoped.push(e);
    }
    // A person known by one name only is somebody of this article unless a relation ties them to
    // a person of that name in an earlier one (the same role for the same state, say): two
    // "Sergey"s in two stories are not one person because they share a first name.
    const ties = (id: string) => g.relations.filter((r) => r.fromId === id).map((r) => `${r.type}|${r.role ?? ''}|${remap.get(r.toId)?.id ?? r.toId}`);
    for (const e of scoped) {
      const mine = ties(e.id);
      const tied = [...(singles.get(`${e.id}@`) ?? [])].filter(([, t]) => mine.some((k) => t.has(k))).map(([id]) => id).sort()[0];
      remap.set(e.id, { id: tied ?? `${e.id}@${g.article.id}`, name: e.name });
    }
    const linked = remapEntities(g, remap);
    for (const e of linked.entities) if (e.type === 'Person' && e.name.includes(' ')) addPerson(e.name.split(' ').at(-1)!.toLowerCase(), e.id, e.name);
    for (const e of scoped) addSingle(`${e.id}@`, remap.get(e.id)!.id, ties(e.id));
    return linked;
  });
  if (!anyNegotiations) return personLinked;

  // 2. Negotiations: those in the graph with the parties of a negotiation in the batch, then each
  // article's own as it is linked (topic and dates as write-negotiations.cypher sets them).
  const known = new Map<string, KnownNegotiation[]>();
  const byId = new Map<string, KnownNegotiation>();
  const remember = (n: KnownNegotiation) => {
    byId.set(n.id, n);
    const key = partyKey(n.parties);
    known.set(key, [...(known.get(key) ?? []), n]);
  };
  const partySets = [...new Set(personLinked.flatMap((g) => g.negotiations.map((n) => partyKey(n.partyIds))))].filter((k) => k !== '').map((k) => k.split('\n'));
  const partyIds = new Set(partySets.flat());
  const parties = new Map(personLinked.flatMap((g) => g.entities.filter((e) => partyIds.has(e.id)).map((e) => [e.id, { id: e.id, name: e.name, type: e.type }] as const)));
  if (parties.size > 0) await lookup('lock-parties', { parties: [...parties.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) });
  if (partySets.length > 0) for (const r of await lookup<KnownNegotiation & Record<string, unknown>>('batch-negotiations', { partySets })) remember(r);
  return personLinked.map((g) => {
    const articleId = g.article.id;
    const publishedAt = g.article.publishedAt ?? '';
    const remap = new Map<string, string>();
    for (const n of g.negotiations) {
      const match = (known.get(partyKey(n.partyIds)) ?? [])
        .filter((k) => k.parties.length === n.partyIds.length && !k.id.startsWith(articleId) && withinWindow(k, publishedAt))
        .sort(byLastSeenDesc)
        .find((k) => sameTopic(k.topic, n.topic));
      if (match) remap.set(n.id, match.id);
    }
    const linked = remap.size === 0 ? g : { ...g, negotiations: g.negotiations.map((n) => ({ ...n, id: remap.get(n.id) ?? n.id })) };
    for (const n of linked.negotiations) {
      let k = byId.get(n.id);
      if (!k) {
        k = { id: n.id, parties: [...new Set(n.partyIds)], topic: null, firstSeen: null, lastSeen: null };
        remember(k);
      }
      k.topic = n.topic;
      if (k.firstSeen === null || publishedAt < k.firstSeen) k.firstSeen = publishedAt;
      if (k.lastSeen === null || publishedAt > k.lastSeen) k.lastSeen = publishedAt;
    }
    return linked;
  });
}
