import DataLoader from 'dataloader';
import type { ActorRow, GraphQueries, IdPage } from './graph-queries.js';
import type { ItemsOf } from './with-items.js';

/** A tie named by its ends and stored relationship type. */
export interface TieKey {
  source: string;
  target: string;
  relation: string;
}

/** The stable id of a tie. */
export const tieKey = (t: TieKey): string => `${t.relation}|${t.source}|${t.target}`;

type Row = Record<string, unknown> & { id: string };

/** Statements by id: what a page of statement ids is hydrated with. */
export const STATEMENT_ITEMS: ItemsOf = { byId: 'statements-by-id', column: 'statement' };

/** Puts objects a query already read into a loader, so asking for them costs no other query. */
export function prime(loader: DataLoader<string, Row | null>, items: Row[] | undefined): void {
  for (const item of items ?? []) loader.prime(item.id, item);
}

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
  const perId = <T>(name: string, params: Record<string, unknown>, pick: (row: Row | undefined) => T, items?: ItemsOf) =>
    new DataLoader<string, T>(async (ids) => {
      const found = await q.perId<Row>(name, ids, params, items);
      return ids.map((id) => pick(found.get(id)));
    });
  // One loader per (query, arguments): `statementsMade(first: 2)` and `(first: 5)` are two batches.
  const keyed = new Map<string, DataLoader<string, unknown>>();
  function once<T>(key: string, make: () => DataLoader<string, T>): DataLoader<string, T> {
    let l = keyed.get(key) as DataLoader<string, T> | undefined;
    if (!l) keyed.set(key, (l = make()) as DataLoader<string, unknown>);
    return l;
  }
  const statement = byId<Row>('statements-by-id', 'statement');
  return {
    actor: byId<ActorRow>('actors-by-id', 'actor'),
    statement,
    negotiation: byId<Row>('negotiations-by-id', 'negotiation'),
    event: byId<Row>('events-by-id', 'event'),
    article: byId<Row>('articles-by-id', 'article'),
    articleCount: perId<number>('actor-article-counts', {}, (r) => (r?.articleCount as number) ?? 0),
    roles: perId<Row[]>('actor-roles', {}, (r) => (r?.roles as Row[]) ?? []),
    /**
     * Pages of ids per actor from `actor-<what>.cypher` (statements, negotiations, events). Pages of
     * statements come with the statements, read in the same query and kept by the statement loader.
     */
    actorPage: (name: string, params: { skip: number; limit: number; role?: string }) =>
      once(`${name}:${JSON.stringify(params)}`, () =>
        name === 'actor-statements'
          ? perId<IdPage>(
              name,
              params,
              (r) => {
                prime(statement, r?.items as Row[] | undefined);
                return { total: (r?.total as number) ?? 0, ids: (r?.ids as string[]) ?? [] };
              },
              STATEMENT_ITEMS,
            )
          : perId<IdPage>(name, params, (r) => ({ total: (r?.total as number) ?? 0, ids: (r?.ids as string[]) ?? [] })),
      ),
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
