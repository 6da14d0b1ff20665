/** Cursor paging over an ordered list: the cursor is the opaque offset of an item. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The most a client can ask for in one page. */
export const MAX_PAGE = 100;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new Error(`invalid cursor: ${cursor}`);
  return Number(m[1]) + 1;
}

/** skip/limit for a query from first/after (first is clamped to 1..MAX_PAGE). */
export function window(args: PageArgs): { skip: number; limit: number } {
  return { skip: decodeCursor(args.after), limit: Math.max(1, Math.min(MAX_PAGE, args.first ?? 20)) };
}

/** A connection from one page fetched with limit + 1 rows (the extra row says there is a next page). */
export function connection<T>(rows: T[], total: number, skip: number, limit: number) {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(skip + i), node }));
  return { edges, totalCount: total, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
