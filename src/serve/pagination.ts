import { GraphQLError } from 'graphql';

/** Cursor paging over an ordered list: the cursor is the opaque offset of an item. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The most a client can ask for in one page; more is refused (FIRST_TOO_LARGE), not silently capped. */
export const MAX_PAGE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new GraphQLError(`invalid cursor: ${cursor}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(m[1]) + 1;
}

/** The error for a `first` outside 0..MAX_PAGE (the query-limits plugin raises it before execution). */
export function firstOutOfRange(first: number): GraphQLError {
  return new GraphQLError(`first must be between 0 and ${MAX_PAGE}, got ${first}: page with first/after`, { extensions: { code: 'FIRST_TOO_LARGE', http: { status: 400 } } });
}

/** skip/limit for a query from first/after. */
export function window(args: PageArgs, defaultFirst = 20): { skip: number; limit: number } {
  const first = args.first ?? defaultFirst;
  if (first < 0 || first > MAX_PAGE) throw firstOutOfRange(first);
  return { skip: decodeCursor(args.after), limit: first };
}

/** A connection from one page fetched with limit + 1 rows (the extra row says there is a next page). */
export function connection<T>(rows: T[], total: number, skip: number, limit: number) {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return { edges, totalCount: total, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
