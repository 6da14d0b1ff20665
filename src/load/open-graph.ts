import type { Config } from '../config.js';
import { startLocalNeo4j } from '../db/local-neo4j.js';
import { schemaStatements } from './cypher-files.js';
import { Executor } from './executor.js';
import { NewsgraphError } from './newsgraph-error.js';

/**
 * Connects to the configured Neo4j: the server named by NEO4J_URI, or else the local one, started
 * if it is not running. Applies the schema (idempotent) before returning.
 */
export async function openGraph(config: Config): Promise<Executor> {
  let uri = config.neo4jUri;
  if (!uri) {
    try {
      uri = (await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache })).uri;
    } catch (e) {
      throw new NewsgraphError('DB_START_FAILED', `could not start the local Neo4j: ${(e as Error).message}`, { cause: e });
    }
  }
  const executor = await Executor.connect({ uri, user: config.neo4jUser, password: config.neo4jPassword, database: config.neo4jDatabase });
  await executor.applySchema(schemaStatements());
  return executor;
}
