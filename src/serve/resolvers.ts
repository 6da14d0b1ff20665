import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { MAX_PATHS, neighbourhood, shortestPaths } from './actor-graph.js';
import { dateScalar } from './date-scalar.js';
import { allWords } from './escape-lucene.js';
import { pairKey, type ActorRow, type GraphQueries, type TiePair, type TieRow } from './graph-queries.js';
import { prime, STATEMENT_ITEMS, tieKey, type Loaders } from './loaders.js';
import { connection, window, type PageArgs } from './pagination.js';
import { selects } from './selects.js';
import type { ItemsOf } from './with-items.js';

/** What every resolver gets. */
export interface Context {
  queries: GraphQueries;
  loaders: Loaders;
  /** Runs `ingestArticle`; absent when the request may not write (no token configured, or a wrong one). */
  ingest?: (input: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** Why `ingest` is absent: the mutation is off, or the request did not bring the token. */
  writeDenied?: { code: string; message: string };
}

type Args = Record<string, unknown> & PageArgs;
type Row = Record<string, unknown> & { id: string };

const TYPE_TO_ENUM: Record<string, string> = { Person: 'PERSON', State: 'STATE', Organization: 'ORGANIZATION', Location: 'LOCATION' };
const ENUM_TO_TYPE = Object.fromEntries(Object.entries(TYPE_TO_ENUM).map(([k, v]) => [v, k]));
/** Negotiations a pair lists (its most recently reported); the counts cover all of them. */
const PAIR_NEGOTIATIONS = 10;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

// An argument that names an actor which is not in the graph matches nothing (not everything).
async function idsFor(q: GraphQueries, name: unknown): Promise<string[] | null> {
  const n = text(name);
  return n === null ? null : q.actorIds(n);
}

// The loader keeps the actor the lookup already read, so showing it costs no second query.
async function firstActorId(ctx: Context, name: string): Promise<string | null> {
  const [first] = await ctx.queries.actorsNamed(name);
  if (first?.actor) ctx.loaders.actor.prime(first.id, first.actor);
  return first?.id ?? null;
}

/**
 * One page of a list: ids from `query`, then the objects from a loader (two round trips, whatever the
 * page size; one when `items` has the page query read the objects and `load` finds them primed).
 */
async function paged(ctx: Context, query: string, args: Args, params: Record<string, unknown>, load: (ids: string[], items?: Row[]) => Promise<unknown[]>, items?: ItemsOf) {
  const w = window(args);
  const page = await ctx.queries.page(query, { ...params, skip: w.skip, limit: w.limit }, items);
  return connection(await load(page.ids, page.items), page.total, w.skip, w.limit);
}

const present = async <T>(p: Promise<(T | null | Error)[]>) => (await p).filter((x): x is T => x !== null && !(x instanceof Error));

function hops(value: unknown, max: number, name: string): number {
  const n = value as number;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`${name} must be between 1 and ${max}, got ${n}`);
  return n;
}

async function pairs(ctx: Context, args: Args, info: GraphQLResolveInfo) {
  const w = window(args, 20);
  const q = ctx.queries;
  const { total, page } = await q.negotiationPairs({
    actorIds: await idsFor(q, args.actor),
    withSides: true,
    withEvidence: selects(info, 'evidence'),
    pairNegotiations: PAIR_NEGOTIATIONS,
    topic: text(args.topic)?.toLowerCase() ?? null,
    status: (args.status as string) ?? null,
    since: args.since ?? null,
    until: args.until ?? null,
    minArticles: (args.minArticles as number) ?? null,
    skip: w.skip,
    limit: w.limit,
  });
  return connection(page, total, w.skip, w.limit);
}

const byDate = (a: Row, b: Row) => String(a.firstSeen ?? '~').localeCompare(String(b.firstSeen ?? '~'));
const dated = (d: unknown): d is string => typeof d === 'string' && /^\d{4}/.test(d);

/** Resolvers of schema/schema.graphql. Each list level costs one batched Cypher query (plus one to hydrate its items). */
export const resolvers = {
  Date: dateScalar,
  Query: {
    actor: async (_: unknown, args: { id?: string; name?: string }, ctx: Context) => {
      if (!args.id && !args.name) throw badInput('give id or name');
      const id = args.id ?? (await firstActorId(ctx, args.name!));
      return id ? ctx.loaders.actor.load(id) : null;
    },
    actors: async (_: unknown, args: Args, ctx: Context) =>
      paged(ctx, 'actors-page', args, { ids: await idsFor(ctx.queries, args.search), type: args.type ? ENUM_TO_TYPE[args.type as string] : null }, (ids) => present(ctx.loaders.actor.loadMany(ids))),
    statements: async (_: unknown, args: Args, ctx: Context) => {
      const words = text(args.search ?? args.text);
      const search = words === null ? null : allWords(words);
      return paged(
        ctx,
        'statements-page',
        args,
        { speakerIds: await idsFor(ctx.queries, args.speaker), aboutIds: await idsFor(ctx.queries, args.about), search, since: args.since ?? null, until: args.until ?? null },
        (ids, items) => {
          prime(ctx.loaders.statement, items);
          return present(ctx.loaders.statement.loadMany(ids));
        },
        STATEMENT_ITEMS,
      );
    },
    negotiations: async (_: unknown, args: Args, ctx: Context) => {
      const q = ctx.queries;
      const party = await idsFor(q, args.party);
      const between = Array.isArray(args.between) && args.between.length ? await Promise.all((args.between as string[]).map(async (b) => q.withSides(await q.actorIds(b)))) : null;
      return paged(
        ctx,
        'negotiations-page',
        args,
        { partyIds: party && (await q.withSides(party)), between, status: (args.status as string) ?? null, topic: text(args.topic)?.toLowerCase() ?? null, since: args.since ?? null, until: args.until ?? null },
        (ids) => present(ctx.loaders.negotiation.loadMany(ids)),
      );
    },
    events: async (_: unknown, args: Args, ctx: Context) =>
      paged(ctx, 'events-page', args, { type: text(args.type), actorIds: await idsFor(ctx.queries, args.participant ?? args.actor), since: args.since ?? null, until: args.until ?? null }, (ids) =>
        present(ctx.loaders.event.loadMany(ids)),
      ),
    articles: async (_: unknown, args: Args, ctx: Context) => {
      const words = text(args.search);
      const search = words === null ? null : allWords(words);
      return paged(ctx, 'articles-page', args, { search, source: text(args.source)?.toLowerCase() ?? null, since: args.since ?? null, until: args.until ?? null }, (ids) =>
        present(ctx.loaders.article.loadMany(ids)),
      );
    },
    whoNegotiatedWithWhom: async (_: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) => (await pairs(ctx, { ...args, first: args.first ?? 100 }, info)).edges.map((e) => e.node),
    negotiationPairs: (_: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) => pairs(ctx, args, info),
    connection: async (_: unknown, args: { from: string; to: string; maxHops?: number }, ctx: Context, info: GraphQLResolveInfo) => {
      const max = hops(args.maxHops ?? 4, 6, 'maxHops');
      const [from, to] = await Promise.all([firstActorId(ctx, args.from), firstActorId(ctx, args.to)]);
      const result = { from: from && ctx.loaders.actor.load(from), to: to && ctx.loaders.actor.load(to), paths: [] as unknown[] };
      if (!from || !to) return result;
      // The search saw which kinds of tie join each step; the ties query looks only for those.
      const kinds = new Map<string, Set<string>>();
      const paths = (await shortestPaths(ctx.queries, from, to, max, {}, kinds)).slice(0, MAX_PATHS);
      if (!paths.length) return result;
      // The actors of the paths load beside their ties, not after them.
      void ctx.loaders.actor.loadMany(paths.flat());
      const steps = new Map(paths.flatMap((p) => p.slice(1).map((y, i): [string, TiePair] => {
        const k = kinds.get(pairKey(p[i], y));
        return [pairKey(p[i], y), k ? [p[i], y, [...k]] : [p[i], y]];
      })));
      // Evidence, when asked for, comes with the ties and waits in the loader for Tie.evidence.
      let ties: TieRow[];
      if (selects(info, 'evidence')) {
        const found = await ctx.queries.tiesBetweenWithEvidence([...steps.values()]);
        for (const t of found.ties) ctx.loaders.tieEvidence.prime(t, found.evidence.get(tieKey(t)) ?? []);
        ties = found.ties;
      } else ties = await ctx.queries.tiesBetween([...steps.values()]);
      const between = (x: string, y: string) => ties.filter((t) => (t.source === x && t.target === y) || (t.source === y && t.target === x));
      result.paths = paths.map((p) => ({ hops: p.length - 1, actors: p, ties: p.slice(1).flatMap((y, i) => between(p[i], y)) }));
      return result;
    },
    subgraph: async (_: unknown, args: Args & { center: string; hops?: number; limit?: number; types?: string[] }, ctx: Context) => {
      const h = hops(args.hops ?? 1, 3, 'hops');
      const limit = args.limit ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw badInput(`limit must be between 1 and 500, got ${limit}`);
      const center = await firstActorId(ctx, args.center);
      if (!center) return { center: null, nodes: [], ties: [], truncated: false };
      const view = await neighbourhood(ctx.queries, center, h, limit, { types: args.types ?? null, since: (args.since as string) ?? null, until: (args.until as string) ?? null });
      return { center, nodes: view.ids, ties: view.ties, truncated: view.truncated };
    },
    tie: async (_: unknown, args: { source: string; target: string; relation: string }, ctx: Context) =>
      (await ctx.queries.tiesBetween([[args.source, args.target]])).find((t) => t.source === args.source && t.target === args.target && t.relation === args.relation) ?? null,
    article: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.article.load(args.id),
  },
  Mutation: {
    ingestArticle: async (_: unknown, args: { input: Record<string, unknown> }, ctx: Context) => {
      if (!ctx.ingest) throw new GraphQLError(ctx.writeDenied?.message ?? 'ingestArticle is off', { extensions: { code: ctx.writeDenied?.code ?? 'FORBIDDEN' } });
      return ctx.ingest(args.input);
    },
  },
  ActorPaths: {
    from: (r: { from: unknown }) => r.from,
    to: (r: { to: unknown }) => r.to,
  },
  ActorPath: {
    actors: (p: { actors: string[] }, _: unknown, ctx: Context) => present(ctx.loaders.actor.loadMany(p.actors)),
  },
  Subgraph: {
    center: (s: { center: string | null }, _: unknown, ctx: Context) => (s.center ? ctx.loaders.actor.load(s.center) : null),
    nodes: (s: { nodes: string[] }, _: unknown, ctx: Context) => present(ctx.loaders.actor.loadMany(s.nodes)),
  },
  Tie: {
    id: (t: TieRow) => tieKey(t),
    source: (t: TieRow, _: unknown, ctx: Context) => ctx.loaders.actor.load(t.source),
    target: (t: TieRow, _: unknown, ctx: Context) => ctx.loaders.actor.load(t.target),
    evidence: (t: TieRow, _: unknown, ctx: Context) => ctx.loaders.tieEvidence.load(t),
  },
  NegotiationPair: {
    negotiationCount: (p: { negotiations: Row[] }) => p.negotiations.length,
    firstSeen: (p: { negotiations: Row[] }) => p.negotiations.map((n) => n.firstSeen).filter(dated).sort()[0] ?? null,
    lastSeen: (p: { negotiations: Row[] }) => p.negotiations.map((n) => n.lastSeen).filter(dated).sort().at(-1) ?? null,
    statuses: (p: { negotiations: Row[] }) => [...p.negotiations].sort(byDate).map((n) => ({ date: n.firstSeen ?? null, status: n.status, topic: n.topic ?? null })),
    negotiations: (p: { negotiations: Row[] }, _: unknown, ctx: Context) => present(ctx.loaders.negotiation.loadMany(newest(p.negotiations))),
    // Read with the pairs (who-negotiated.cypher) when the operation asks for it; the loader otherwise.
    evidence: async (p: { negotiations: Row[]; evidence?: unknown[] | null }, _: unknown, ctx: Context) =>
      p.evidence ?? (await present(ctx.loaders.negotiation.loadMany(newest(p.negotiations)))).flatMap((n) => n.evidence as unknown[]),
  },
  Actor: {
    type: (a: ActorRow) => TYPE_TO_ENUM[a.type] ?? 'ORGANIZATION',
    aliases: (a: ActorRow) => (a.aliases ?? []).filter((x) => x !== a.name),
    articleCount: (a: ActorRow, _: unknown, ctx: Context) => a.articleCount ?? ctx.loaders.articleCount.load(a.id),
    roles: (a: ActorRow, _: unknown, ctx: Context) => ctx.loaders.roles.load(a.id),
    statements: async (a: ActorRow, args: Args, ctx: Context) => (await actorPage(ctx, a, 'actor-statements', { first: args.first }, 'statement', 'speaker')).edges.map((e) => e.node),
    statementsMade: (a: ActorRow, args: Args, ctx: Context) => actorPage(ctx, a, 'actor-statements', args, 'statement', 'speaker'),
    statementsAbout: (a: ActorRow, args: Args, ctx: Context) => actorPage(ctx, a, 'actor-statements', args, 'statement', 'about'),
    negotiations: async (a: ActorRow, _: unknown, ctx: Context) => (await actorPage(ctx, a, 'actor-negotiations', { first: 100 }, 'negotiation')).edges.map((e) => e.node),
    counterparts: (a: ActorRow, args: Args, ctx: Context) => ctx.loaders.counterparts(window(args).limit).load(a.id),
    events: (a: ActorRow, args: Args, ctx: Context) => actorPage(ctx, a, 'actor-events', args, 'event'),
    timeline: async (a: ActorRow, args: Args, ctx: Context) => {
      const w = window(args, 50);
      const { total, page } = await ctx.loaders.timeline(w).load(a.id);
      return connection(page, total, w.skip, w.limit);
    },
  },
};

// The most recently reported negotiations of a pair, by id; ties by id, in the order
// who-negotiated.cypher picks the ones whose evidence it reads.
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
function newest(ns: Row[]): string[] {
  return [...ns]
    .sort((x, y) => cmp(String(y.lastSeen ?? ''), String(x.lastSeen ?? '')) || cmp(x.id, y.id))
    .slice(0, PAIR_NEGOTIATIONS)
    .map((n) => n.id);
}

async function actorPage(ctx: Context, a: ActorRow, query: string, args: Args, kind: 'statement' | 'negotiation' | 'event', role?: string) {
  const w = window(args);
  const { total, ids } = await ctx.loaders.actorPage(query, { ...w, ...(role ? { role } : {}) }).load(a.id);
  return connection(await present(ctx.loaders[kind].loadMany(ids)), total, w.skip, w.limit);
}
