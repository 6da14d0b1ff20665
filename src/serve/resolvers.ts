import { GraphQLError } from 'graphql';
import type { ActorRow, GraphQueries } from './graph-queries.js';
import { connection, window, type PageArgs } from './pagination.js';

/** What every resolver gets. */
export interface Context {
  queries: GraphQueries;
}

type Args = Record<string, unknown> & PageArgs;

const TYPE_TO_ENUM: Record<string, string> = { Person: 'PERSON', State: 'STATE', Organization: 'ORGANIZATION', Location: 'LOCATION' };
const ENUM_TO_TYPE = Object.fromEntries(Object.entries(TYPE_TO_ENUM).map(([k, v]) => [v, k]));

// An argument that names an actor which is not in the graph matches nothing (not everything).
async function idsFor(q: GraphQueries, name: unknown): Promise<string[] | null> {
  if (typeof name !== 'string' || name.trim() === '') return null;
  return q.actorIds(name.trim());
}

function badCursor(e: unknown): never {
  throw new GraphQLError((e as Error).message, { extensions: { code: 'BAD_USER_INPUT' } });
}

async function paged(ctx: Context, query: string, args: Args, params: Record<string, unknown>) {
  let w: { skip: number; limit: number };
  try {
    w = window(args);
  } catch (e) {
    badCursor(e);
  }
  const { total, page } = await ctx.queries.page(query, { ...params, skip: w.skip, limit: w.limit });
  return connection(page, total, w.skip, w.limit);
}

/** Resolvers of schema/schema.graphql: each top-level field is one Cypher query. */
export const resolvers = {
  Query: {
    actor: async (_: unknown, args: { id?: string; name?: string }, ctx: Context) => {
      const ids = args.id ? [args.id] : args.name ? await ctx.queries.actorIds(args.name) : [];
      if (!args.id && !args.name) throw new GraphQLError('give id or name', { extensions: { code: 'BAD_USER_INPUT' } });
      return (await ctx.queries.actorsById(ids.slice(0, 1)))[0] ?? null;
    },
    actors: async (_: unknown, args: Args, ctx: Context) => {
      const ids = await idsFor(ctx.queries, args.search);
      return paged(ctx, 'actors-page', args, { ids, type: args.type ? ENUM_TO_TYPE[args.type as string] : null });
    },
    statements: async (_: unknown, args: Args, ctx: Context) =>
      paged(ctx, 'statements-page', args, {
        speakerIds: await idsFor(ctx.queries, args.speaker),
        aboutIds: await idsFor(ctx.queries, args.about),
        textIds: typeof args.text === 'string' && args.text.trim() ? await ctx.queries.statementIds(args.text) : null,
      }),
    negotiations: async (_: unknown, args: Args, ctx: Context) => {
      const ids = await idsFor(ctx.queries, args.party);
      return paged(ctx, 'negotiations-page', args, { partyIds: ids && (await ctx.queries.withSides(ids)), status: (args.status as string) ?? null });
    },
    events: async (_: unknown, args: Args, ctx: Context) =>
      paged(ctx, 'events-page', args, { type: (args.type as string) ?? null, actorIds: await idsFor(ctx.queries, args.actor) }),
    whoNegotiatedWithWhom: async (_: unknown, args: { actor?: string }, ctx: Context) => {
      const ids = await idsFor(ctx.queries, args.actor);
      const rows = await ctx.queries.whoNegotiated(ids && (await ctx.queries.withSides(ids)));
      return rows.map((r) => ({ ...r, evidence: r.negotiations.flatMap((n) => n.evidence as unknown[]) }));
    },
    article: (_: unknown, args: { id: string }, ctx: Context) => ctx.queries.article(args.id),
  },
  Actor: {
    type: (a: ActorRow) => TYPE_TO_ENUM[a.type] ?? 'ORGANIZATION',
    aliases: (a: ActorRow) => (a.aliases ?? []).filter((x) => x !== a.name),
    articleCount: (a: ActorRow) => a.articleCount ?? 0,
    roles: (a: ActorRow, _: unknown, ctx: Context) => ctx.queries.roles(a.id),
    statements: async (a: ActorRow, args: { first?: number }, ctx: Context) =>
      (await paged(ctx, 'statements-page', { first: args.first }, { speakerIds: [a.id], aboutIds: null, textIds: null })).edges.map((e) => e.node),
    negotiations: async (a: ActorRow, _: unknown, ctx: Context) =>
      (await paged(ctx, 'negotiations-page', { first: 100 }, { partyIds: await ctx.queries.withSides([a.id]), status: null })).edges.map((e) => e.node),
  },
};
