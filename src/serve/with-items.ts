import { cypher } from '../load/cypher-files.js';

/** A page query and the by-id query that hydrates its ids. */
export interface ItemsOf {
  /** The `*-by-id.cypher` query: takes `$ids`, returns one column `column` per id, in the order given. */
  byId: string;
  column: string;
}

const composed = new Map<string, string>();

/**
 * The Cypher of `page` (whose rows carry the columns `keys`, one of them `ids`) followed, in the same
 * query, by `byId` over each row's `ids`, collected in order as `items`: a page and its objects in
 * one round trip instead of two. The by-id file is used as written, its `$ids` reading the row's ids,
 * so the objects are exactly what the loader would have read.
 */
export function withItems(page: string, items: ItemsOf, keys: string[]): string {
  const key = `${page}+${items.byId}:${keys.join(',')}`;
  let text = composed.get(key);
  if (text === undefined) {
    const byId = cypher(items.byId).replaceAll('$ids', 'ids');
    const cols = keys.join(', ');
    text = `CALL () {\n${cypher(page)}\n}\nOPTIONAL CALL (ids) {\n${byId}\n}\nWITH ${cols}, collect(${items.column}) AS items\nRETURN ${cols}, items`;
    composed.set(key, text);
  }
  return text;
}
