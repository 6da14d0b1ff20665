import { cypher } from '../../src/load/cypher-files.js';
import type { Executor } from '../../src/load/executor.js';

/** Nodes per label, relationships per type, and the ids that identity resolution decides. */
export async function fingerprint(executor: Executor): Promise<Record<string, unknown>> {
  const counts = await executor.read<{ key: string; n: number }>({ name: 'graph-counts', cypher: cypher('graph-counts'), params: {} });
  const [ids] = await executor.read<{ persons: string[]; negotiations: string[]; roles: string[] }>({
    name: 'test-fingerprint',
    cypher: `CALL () { MATCH (p:Person) RETURN collect(p.id + ' ' + p.name) AS persons }
             CALL () { MATCH (n:Negotiation) RETURN collect(n.id + ' ' + n.firstSeen + ' ' + n.lastSeen + ' ' + size(n.articleIds)) AS negotiations }
             CALL () { MATCH (a)-[r:HOLDS_ROLE]->(b) RETURN collect(a.id + ' ' + r.role + ' ' + b.id + ' ' + size(r.evidence)) AS roles }
             RETURN persons, negotiations, roles`,
    params: {},
  });
  return { counts: Object.fromEntries(counts.map((r) => [r.key, r.n])), persons: ids.persons.sort(), negotiations: ids.negotiations.sort(), roles: ids.roles.sort() };
}

/**
 * Empties the database, for tests that compare whole graphs. Only the local test server started by
 * the jest global setup may be emptied: a server named by NEO4J_URI may hold someone's data.
 */
export async function emptyTestDatabase(executor: Executor): Promise<void> {
  if (!process.env.NEWSGRAPH_TEST_NEO4J_HOME) throw new Error('this test compares whole graphs and empties the database: it runs against the local test Neo4j only (unset NEO4J_URI)');
  await executor.autoCommit([{ name: 'empty-database', cypher: cypher('empty-database'), params: {} }]);
}
