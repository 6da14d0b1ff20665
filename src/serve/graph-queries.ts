import { cypher } from '../load/cypher-files.js';
import type { Executor } from '../load/executor.js';
import { escapeLucene } from './escape-lucene.js';
import { withItems, type ItemsOf } from './with-items.js';

/** An actor as the API returns it. */
export interface ActorRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  kind?: string | null;
  iso3?: string | null;
  wikidata?: string | null;
  articleCount?: number;
}

/** A tie between two actors as `ties-among.cypher` returns it. */
export interface TieRow {
  source: string;
  target: string;
  type: string;
  relation: string;
  label: string | null;
  weight: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Which ties count: their kinds (TieType names) and the dates they were reported between. */
export interface TieFilter {
  types?: string[] | null;
  since?: string | null;
  until?: string | null;
}

/** Two actors, and optionally the kinds of tie (TieType names) known to join them: no other kind is looked for. */
export type TiePair = [string, string] | [string, string, string[]];

/** The key of an unordered pair of actors. */
export const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** A page of ids and the size of the whole list (and the objects of the page, when asked for). */
export interface IdPage {
  total: number;
  ids: string[];
  items?: ({ id: string } & Record<string, unknown>)[];
}

// ties-between.cypher, then tie-evidence.cypher as written with its `$ties` reading the ties found (keyed as tieKey keys them).
let tiesWithEvidence: string | undefined;
const TIES_WITH_EVIDENCE = () =>
  (tiesWithEvidence ??= `CALL () {\n${cypher('ties-between')}\n}
WITH collect({source: source, target: target, type: type, relation: relation, label: label, weight: weight, firstSeen: firstSeen, lastSeen: lastSeen,
  key: relation + '|' + source + '|' + target}) AS ties
OPTIONAL CALL (ties) {\n${cypher('tie-evidence').replaceAll('$ties', 'ties')}\n}
RETURN [t IN ties | t {.source, .target, .type, .relation, .label, .weight, .firstSeen, .lastSeen}] AS ties, collect({key: key, evidence: evidence}) AS evidence`);

const tieParams = (f: TieFilter) => ({ types: f.types ?? null, since: f.since ?? null, until: f.until ?? null });

/** Read queries of the API, each one Cypher file run through the executor in a read transaction. */
export class GraphQueries {
  constructor(
    private readonly executor: Executor,
    /** Server-side timeout of each read transaction (none when unset). */
    private readonly timeoutMs?: number,
  ) {}

  private run<T extends Record<string, unknown>>(name: string, params: Record<string, unknown>, text = cypher(name)) {
    return this.executor.read<T>({ name, cypher: text, params }, { timeoutMs: this.timeoutMs });
  }

  /** Ids of actors named by `q`: exact id/name/alias first, else full-text. */
  async actorIds(q: string): Promise<string[]> {
    return (await this.actorsNamed(q)).map((r) => r.id);
  }

  /** The actors named by `q`, as `actorIds` finds them; exact matches come with the actor itself. */
  async actorsNamed(q: string): Promise<{ id: string; actor?: ActorRow }[]> {
    const escaped = escapeLucene(q);
    if (!escaped) return [];
    const exact = await this.run<{ id: string; actor: ActorRow }>('actor-lookup', { q, phrase: `"${escaped}"` });
    if (exact.length) return exact;
    const rows = await this.run<{ id: string; score: number }>('actor-search', { q: escaped });
    return rows.filter((r) => r.score >= (rows[0]?.score ?? 0) * 0.75).map((r) => ({ id: r.id }));
  }

  /** The actors and the states they hold office for. */
  async withSides(ids: string[]): Promise<string[]> {
    const rows = await this.run<{ id: string; sides: string[] }>('actor-sides', { ids });
    return [...new Set([...ids, ...rows.flatMap((r) => r.sides)])];
  }

  /** One page of ids from a `*-page.cypher` query (params include skip and limit); with `items`, their objects too, in the same round trip. */
  async page(name: string, params: Record<string, unknown>, items?: ItemsOf): Promise<IdPage> {
    const [row] = items
      ? await this.run<IdPage & Record<string, unknown>>(`${name}+${items.byId}`, params, withItems(name, items, ['total', 'ids']))
      : await this.run<IdPage & Record<string, unknown>>(name, params);
    return row ?? { total: 0, ids: [], items: [] };
  }

  /** Rows of a query that takes `$ids` and returns one row per id (column `id`), by id; with `items`, the objects of each row's `ids` page too. */
  async perId<T extends Record<string, unknown>>(name: string, ids: readonly string[], params: Record<string, unknown> = {}, items?: ItemsOf): Promise<Map<string, T>> {
    const all = { ...params, ids: [...new Set(ids)] };
    const rows = items ? await this.run<T & { id: string }>(`${name}+${items.byId}`, all, withItems(name, items, ['id', 'total', 'ids'])) : await this.run<T & { id: string }>(name, all);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Objects by id from a `*-by-id.cypher` query whose single column is `column`; missing ids are absent. */
  async byId<T extends { id: string }>(name: string, column: string, ids: readonly string[]): Promise<Map<string, T>> {
    const rows = await this.run<Record<string, T>>(name, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r[column].id, r[column]]));
  }

  /** One page of negotiating pairs (`who-negotiated.cypher`), each with its negotiations' ids, dates and statuses. */
  async negotiationPairs(params: Record<string, unknown>) {
    const [row] = await this.run<{ total: number; page: Record<string, unknown>[] }>('who-negotiated', params);
    return row ?? { total: 0, page: [] };
  }

  /** Every pair involving `actorIds` (all pairs when null) with their negotiations in full, in two queries (scripts and tests; the API pages). */
  async whoNegotiated(actorIds: string[] | null) {
    const { page } = await this.negotiationPairs({
      actorIds,
      withSides: false,
      withEvidence: false,
      pairNegotiations: 0,
      topic: null,
      status: null,
      since: null,
      until: null,
      minArticles: null,
      skip: 0,
      limit: 1_000_000,
    });
    const pairs = page as { a: ActorRow; b: ActorRow; negotiations: { id: string }[] }[];
    const found = await this.byId<{ id: string } & Record<string, unknown>>('negotiations-by-id', 'negotiation', pairs.flatMap((p) => p.negotiations.map((n) => n.id)));
    return pairs.map((p) => ({ a: p.a, b: p.b, negotiations: p.negotiations.flatMap((n) => found.get(n.id) ?? []) }));
  }

  /**
   * For each of `ids`, the actors one tie away, most mentioned first. When `kinds` is given, the kinds
   * of tie (TieType names) between each actor and each neighbour are added to it, by `pairKey`.
   */
  async neighbours(ids: string[], filter: TieFilter = {}, kinds?: Map<string, Set<string>>): Promise<Map<string, string[]>> {
    const rows = await this.run<{ id: string; neighbours: string[]; kinds: string[][] }>('actor-neighbours', { ids, ...tieParams(filter) });
    if (kinds) {
      for (const r of rows) {
        r.neighbours.forEach((y, i) => {
          const key = pairKey(r.id, y);
          const known = kinds.get(key) ?? new Set<string>();
          for (const k of r.kinds[i]) known.add(k);
          kinds.set(key, known);
        });
      }
    }
    return new Map(rows.map((r) => [r.id, r.neighbours]));
  }

  /** The ties among `ids` (every actor when null). */
  ties(ids: string[] | null, filter: TieFilter = {}): Promise<TieRow[]> {
    return this.run<TieRow & Record<string, unknown>>('ties-among', { ids, ...tieParams(filter) });
  }

  /** The ties between each pair of actors (both directions); a pair may name the only kinds of tie to look for as its third item. */
  tiesBetween(pairs: TiePair[]): Promise<TieRow[]> {
    return this.run<TieRow & Record<string, unknown>>('ties-between', { pairs });
  }

  /**
   * `tiesBetween` and, in the same round trip, the evidence of each tie found (`tie-evidence.cypher`
   * over the ties, by key): a path's ties and their sentences without a second query after the first.
   */
  async tiesBetweenWithEvidence(pairs: TiePair[]): Promise<{ ties: TieRow[]; evidence: Map<string, unknown[]> }> {
    const [row] = await this.run<{ ties: TieRow[]; evidence: { key: string | null; evidence: unknown[] }[] }>('ties-between+tie-evidence', { pairs }, TIES_WITH_EVIDENCE());
    return { ties: row?.ties ?? [], evidence: new Map((row?.evidence ?? []).filter((e) => e.key !== null).map((e) => [e.key!, e.evidence])) };
  }

  /** The evidence sentences of each tie, by its `key`. */
  async tieEvidence(ties: { key: string; source: string; target: string; relation: string }[]): Promise<Map<string, unknown[]>> {
    const rows = await this.run<{ key: string; evidence: unknown[] }>('tie-evidence', { ties });
    return new Map(rows.map((r) => [r.key, r.evidence]));
  }
}
