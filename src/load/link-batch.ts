import type { ArticleGraph } from '../model/index.js';
import { cypher } from './cypher-files.js';
import type { Executor } from './executor.js';
import { remapEntities, singleNamePersons, type EntityRemap } from './link-across-articles.js';
import { NEGOTIATION_WINDOW_DAYS, sameTopic } from './link-negotiations.js';

interface KnownNegotiation {
  id: string;
  parties: string[];
  topic: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const partyKey = (ids: string[]) => [...new Set(ids)].sort().join('\n');

// The window of negotiations-by-parties.cypher: either date unknown, or last or first report
// within NEGOTIATION_WINDOW_DAYS of this article.
function withinWindow(n: KnownNegotiation, publishedAt: string): boolean {
  if (!ISO_DATE.test(publishedAt) || !ISO_DATE.test(n.lastSeen ?? '')) return true;
  if (daysApart(n.lastSeen!, publishedAt) <= NEGOTIATION_WINDOW_DAYS) return true;
  return ISO_DATE.test(n.firstSeen ?? '') && daysApart(n.firstSeen!, publishedAt) <= NEGOTIATION_WINDOW_DAYS;
}

// Cypher's ORDER BY ... DESC puts null first.
const byLastSeenDesc = (a: KnownNegotiation, b: KnownNegotiation) => (a.lastSeen === b.lastSeen ? 0 : a.lastSeen === null ? -1 : b.lastSeen === null ? 1 : a.lastSeen < b.lastSeen ? 1 : -1);

/**
 * Cross-article identity for a whole batch, with one read transaction instead of two reads per
 * article: persons named by surname only join the one person with that surname, and negotiations
 * join talks with the same parties and topic within the window (the rules of
 * link-across-articles.ts and link-negotiations.ts). Articles are linked in input order against
 * what the graph held before the batch plus what earlier articles of the batch will write, so the
 * result is the graph that writing them one by one would give.
 */
export async function linkBatch(executor: Executor, graphs: ArticleGraph[]): Promise<ArticleGraph[]> {
  const surnames = [...new Set(graphs.flatMap((g) => singleNamePersons(g).map((e) => e.name.toLowerCase())))];
  const anyNegotiations = graphs.some((g) => g.negotiations.length > 0);
  if (surnames.length === 0 && !anyNegotiations) return graphs;
  return executor.readTx('link-batch', async (run) => {
    // 1. Persons: those in the graph, then those each article adds, by surname.
    const bySurname = new Map<string, Map<string, string>>();
    const addPerson = (surname: string, id: string, name: string) => {
      const m = bySurname.get(surname) ?? new Map<string, string>();
      if (!m.has(id)) m.set(id, name);
      bySurname.set(surname, m);
    };
    if (surnames.length > 0) {
      const rows = await run<{ surname: string; id: string; name: string }>({ name: 'batch-persons', cypher: cypher('batch-persons'), params: { surnames } });
      for (const r of rows) addPerson(r.surname, r.id, r.name);
    }
    const personLinked = graphs.map((g) => {
      const remap: EntityRemap = new Map();
      for (const e of singleNamePersons(g)) {
        const candidates = bySurname.get(e.name.toLowerCase());
        if (candidates?.size !== 1) continue;
        const [[id, name]] = candidates;
        if (!g.entities.some((x) => x.id === id)) remap.set(e.id, { id, name });
      }
      const linked = remapEntities(g, remap);
      for (const e of linked.entities) if (e.type === 'Person' && e.name.includes(' ')) addPerson(e.name.split(' ').at(-1)!.toLowerCase(), e.id, e.name);
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
    if (partySets.length > 0) for (const r of await run<KnownNegotiation>({ name: 'batch-negotiations', cypher: cypher('batch-negotiations'), params: { partySets } })) remember(r);
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
  });
}
