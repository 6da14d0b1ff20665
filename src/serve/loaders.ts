import DataLoader from 'dataloader';
import type { ActorRow, GraphQueries, IdPage } from './graph-queries.js';

/** A tie named by its ends and stored relationship type. */
export interface TieKey {
  source: string;
  target: string;
  relation: string;
}

/** The stable id of a tie. */
export const tieKey = (t: TieKey): string => `${t.relation}|${t.source}|${t.target}`;

type Row = Record<string, unknown> & { id: string };

/**
 * The batch loaders of one GraphQL request. Every field below a list asks its loader, which gathers
 * the keys of the whole list level and runs one Cypher query for them: a request costs one round
 * trip per list level, never one per item (no N+1). Loaders live for one request only, so nothing
 * is cached across requests.
 */
export function createLoaders(q: GraphQueries) {
  const byId = <T extends { id: string }>(name: string, column: string) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await q.byId<T>(name, column, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  const perId = <T>(name: string, params: Record<string, unknown>, pick: (row: Row | undefined) => T) =>
    new DataLoader<string, T>(async (ids) => {
      const found = await q.perId<Row>(name, ids, params);
      return ids.map((id) => pick(found.get(id)));
    });
  // One loader per (query, arguments): `statementsMade(first: 2)` and `(first: 5)` are two batches.
  const keyed = new Map<string, DataLoader<string, unknown>>();
  function once<T>(key: string, make: () => DataLoader<string, T>): DataLoader<string, T> {
    let l = keyed.get(key) as DataLoader<string, T> | undefined;
    if (!l) keyed.set(key, (l = make()) as DataLoader<string, unknown>);
    return l;
  }
  return {
    actor: byId<ActorRow>('actors-by-id', 'actor'),
    statement: byId<Row>('statements-by-id', 'statement'),
    negotiation: byId<Row>('negotiations-by-id', 'negotiation'),
    event: byId<Row>('events-by-id', 'event'),
    article: byId<Row>('articles-by-id', 'article'),
    articleCount: perId<number>('actor-article-counts', {}, (r) => (r?.articleCount as number) ?? 0),
    roles: perId<Row[]>('actor-roles', {}, (r) => (r?.roles as Row[]) ?? []),
    /** Pages of ids per actor from `actor-<what>.cypher` (statements, negotiations, events). */
    actorPage: (name: string, params: { skip: number; limit: number; role?: string }) =>
      once(`${name}:${JSON.stringify(params)}`, () => perId<IdPage>(name, params, (r) => ({ total: (r?.total as number) ?? 0, ids: (r?.ids as string[]) ?? [] }))),
    timeline: (params: { skip: number; limit: number }) =>
      once(`timeline:${JSON.stringify(params)}`, () => perId<{ total: number; page: Row[] }>('actor-timeline', params, (r) => ({ total: (r?.total as number) ?? 0, page: (r?.page as Row[]) ?? [] }))),
    counterparts: (limit: number) => once(`counterparts:${limit}`, () => perId<Row[]>('actor-counterparts', { limit }, (r) => (r?.counterparts as Row[]) ?? [])),
    tieEvidence: new DataLoader<TieKey, unknown[], string>(
      async (ties) => {
        const found = await q.tieEvidence(ties.map((t) => ({ ...t, key: tieKey(t) })));
        return ties.map((t) => found.get(tieKey(t)) ?? []);
      },
      { cacheKeyFn: tieKey },
    ),
  };
}

/** The loaders of a request. */
export type Loaders = ReturnType<typeof createLoaders>;
