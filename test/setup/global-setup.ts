import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

/** Marker in the test home: a global setup started the server there, so a teardown should stop it. */
const STARTED_BY_SETUP = 'started-by-test-setup';

/**
 * Where global-teardown.ts finds how to stop the server (jest shares globals between its two hooks;
 * a registered symbol because the teardown cannot import this file, see importFromSource).
 */
const STOP_HANDLE = Symbol.for('newsgraph.testNeo4j.stop');

/**
 * Jest globalSetup: unless NEO4J_URI points at a server already, starts the local Neo4j in `.neo4j-test`
 * (apart from the dev database in `.neo4j`) on NEWSGRAPH_TEST_BOLT_PORT (default 7688) and exports its
 * URI. NEWSGRAPH_TEST_NEO4J_HOME is set only in that case; tests use it to know the server is local.
 */
export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const root = projectConfig.rootDir;
  const [{ loadConfig }, { startLocalNeo4j, stopLocalNeo4j }] = await importFromSource(() =>
    Promise.all([import('../../src/config.js'), import('../../src/db/local-neo4j.js')]),
  );
  const config = loadConfig({
    ...process.env,
    NEWSGRAPH_HOME: path.join(root, '.neo4j-test'),
    NEWSGRAPH_BOLT_PORT: process.env.NEWSGRAPH_TEST_BOLT_PORT ?? '7688',
  });
  const home = config.localHome;
  const started = await startLocalNeo4j({
    home,
    boltPort: config.localBoltPort,
    heap: config.localHeap,
    pageCache: config.localPageCache,
    root,
  });
  // A marker (not only a global) so that a run interrupted before its teardown still gets its server
  // stopped by the next run. Running without the marker means someone started it by hand to save
  // start-up time across runs: leave that one alone.
  const marker = path.join(home, STARTED_BY_SETUP);
  if (!started.alreadyRunning) fs.writeFileSync(marker, `${started.pid}\n`);
  if (fs.existsSync(marker)) {
    const stop = async (): Promise<void> => {
      await stopLocalNeo4j({ home });
      fs.rmSync(marker, { force: true });
    };
    (globalThis as Record<symbol, unknown>)[STOP_HANDLE] = stop;
  }
  process.env.NEO4J_URI = started.uri;
  process.env.NEWSGRAPH_TEST_NEO4J_HOME = home;
}

/**
 * Jest loads this hook as CommonJS outside its module system, so the moduleNameMapper that maps
 * `./x.js` to `./x.ts` for tests does not apply here (jestjs/jest#11644). While `load` runs, a relative
 * `.js` request that does not exist is retried as `.ts`, which jest's transformer then compiles.
 */
async function importFromSource<T>(load: () => Promise<T>): Promise<T> {
  type Resolve = (request: string, ...rest: unknown[]) => string;
  const loader = Module as unknown as { _resolveFilename: Resolve };
  const original = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    try {
      return original.call(this, request, ...rest);
    } catch (e) {
      if (!/^\.\.?\/.*\.js$/.test(request)) throw e;
      return original.call(this, `${request.slice(0, -3)}.ts`, ...rest);
    }
  };
  try {
    return await load();
  } finally {
    loader._resolveFilename = original;
  }
}
