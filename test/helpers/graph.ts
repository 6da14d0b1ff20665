import { schemaStatements } from '../../src/load/cypher-files.js';
import { Executor } from '../../src/load/executor.js';

/** An executor on the test database (started by the jest global setup, or NEO4J_URI), schema applied. */
export async function testExecutor(): Promise<Executor> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the jest global setup should have started Neo4j');
  const executor = await Executor.connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  await executor.applySchema(schemaStatements());
  return executor;
}

/** Total nodes and relationships in the database. */
export async function counts(executor: Executor): Promise<{ nodes: number; rels: number }> {
  const [row] = await executor.read<{ nodes: number; rels: number }>({
    name: 'test-counts',
    cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    params: {},
  });
  return row;
}

/** A word no other test uses, so each test's articles have their own ids. */
export function uniqueWord(): string {
  return `Zq${Math.random().toString(36).slice(2, 10)}`;
}
