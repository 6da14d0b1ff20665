import type { GraphLookup } from '../resolve/link-across-articles.js';
import { cypher } from './cypher-files.js';
import type { RunInTx } from './executor.js';

/** The reads of cross-article identity, run inside the transaction that writes the batch. */
export function graphLookup(run: RunInTx): GraphLookup {
  return (query, params) => run({ name: query, cypher: cypher(query), params });
}
