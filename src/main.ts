import path from 'node:path';
import { loadConfig } from './config.js';
import { startLocalNeo4j, stopLocalNeo4j } from './db/local-neo4j.js';
import { runIngest } from './cli/ingest-command.js';
import { openGraph } from './load/open-graph.js';
import { NewsgraphError } from './load/newsgraph-error.js';
import { projectRoot } from './project-root.js';
import { serverOptions, startServer } from './serve/start-server.js';

// `npm start`: the composition root. Starts the local Neo4j when no NEO4J_URI is given, applies the
// schema, ingests seeds/ (idempotent: a second start changes nothing) and serves GraphQL.
async function main(): Promise<void> {
  const config = loadConfig();
  let startedHere = false;
  if (!config.neo4jUri) {
    console.error(`starting the local Neo4j (data in ${config.localHome})...`);
    const local = await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache });
    startedHere = !local.alreadyRunning;
    console.error(`Neo4j ${local.alreadyRunning ? 'already running' : 'started'} on ${local.uri}`);
  }
  const executor = await openGraph(config);
  await runIngest([path.join(projectRoot(), 'seeds')], executor, config, { progress: true });
  const server = await startServer({ executor, port: config.port, host: config.host, ...serverOptions(config) });
  console.log(`newsgraph GraphQL API: ${server.url}`);
  console.log(`playground: open ${server.url} in a browser`);
  const shutdown = async () => {
    console.error('stopping...');
    await server.stop();
    await executor.close();
    // The database started for this run stops with it; one that was already running stays up.
    if (startedHere) {
      await stopLocalNeo4j({ home: config.localHome });
      console.error('Neo4j stopped');
    }
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof NewsgraphError ? `newsgraph: ${e.message} [${e.code}]` : e);
  process.exit(1);
});
