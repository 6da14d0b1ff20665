import { cypher } from '../../src/load/cypher-files.js';
import type { Executor } from '../../src/load/executor.js';

/** Nodes per label, relationships per type, and the ids that identity resolution decides. */
export async function fingerprint(executor: Executor): Promise<Record<string, unknown>> {
  const counts = await executor.read<{ key: string; n: number }>({ name: 'graph-counts', cypher: cypher('graph-counts'), params: {} });
  const [ids] = await executor.read<{ persons: string[]; negotiations: { id: string; dates: string; articleIds: string[] }[]; roles: string[] }>({
    name: 'test-fingerprint',
    cypher: `CALL () { MATCH (p:Person) RETURN collect(p.id + ' ' + p.name) AS persons }
             CALL () { MATCH (n:Negotiation) RETURN collect({ id: n.id, dates: n.firstSeen + ' ' + n.lastSeen, articleIds: n.articleIds }) AS negotiations }
             CALL () { MATCH (a)-[r:HOLDS_ROLE]->(b) RETURN collect(a.id + ' ' + r.role + ' ' + b.id + ' ' + size(r.evidence)) AS roles }
             RETURN persons, negotiations, roles`,
    params: {},
  });
  return { counts: Object.fromEntries(counts.map((r) => [r.key, r.n])), persons: ids.persons.sort(), negotiations: ids.negotiations.map(negotiationKey).sort(), roles: ids.roles.sort() };
}

// Talks told in several articles keep the id of the article stored first, which depends on the
// order articles land in (README, "Past one machine"); what must not depend on it is which reports
// were joined, so a joined negotiation is named by its articles.
const negotiationKey = (n: { id: string; dates: string; articleIds: string[] }) =>
  `${n.articleIds.length > 1 ? [...n.articleIds].sort().join('+') : n.id} ${n.dates} ${n.articleIds.length}`;

/**
 * Empties the database, for tests that compare whole graphs. Only the local test server started by
 * the jest global setup may be emptied: a server named by NEO4J_URI may hold someone's data.
 */
export async function emptyTestDatabase(executor: Executor): Promise<void> {
  if (!process.env.NEWSGRAPH_TEST_NEO4J_HOME) throw new Error('this test compares whole graphs and empties the database: it runs against the local test Neo4j only (unset NEO4J_URI)');
  await executor.autoCommit([{ name: 'empty-database', cypher: cypher('empty-database'), params: {} }]);
}
