import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { localNeo4jStatus } from '../../src/db/local-neo4j.js';

// Global setup has set NEO4J_URI: to the local test server, or left the one given from outside.
const config = loadConfig();
// Set by global setup only when it runs the local server (tests may read env; src/ may not).
const localHome = process.env.NEWSGRAPH_TEST_NEO4J_HOME;

describe('Neo4j for tests', () => {
  let driver: Driver;
  const database = config.neo4jDatabase;

  beforeAll(() => {
    if (!config.neo4jUri) throw new Error('NEO4J_URI is unset: the jest global setup did not run');
    driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword));
  });
  afterAll(async () => {
    await driver?.close();
  });

  test('answers a query over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS x', {}, { database });
    expect(records[0].get('x').toNumber()).toBe(1);
  });

  test('writes a node, reads it back and deletes it', async () => {
    // Labels cannot be parameters; this one is made of [A-Za-z0-9_] only, so interpolating it is safe.
    const label = `LocalNeo4jTest_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    try {
      await driver.executeQuery(`CREATE (:${label} {name: $name, n: 42})`, { name: 'probe' }, { database });
      const { records } = await driver.executeQuery(
        `MATCH (p:${label}) RETURN p.name AS name, p.n AS n`,
        {},
        { database, routing: neo4j.routing.READ },
      );
      expect(records.map((r) => [r.get('name'), r.get('n').toNumber()])).toEqual([['probe', 42]]);
    } finally {
      await driver.executeQuery(`MATCH (p:${label}) DELETE p`, {}, { database });
    }
    const { records } = await driver.executeQuery(`MATCH (p:${label}) RETURN count(p) AS c`, {}, { database });
    expect(records[0].get('c').toNumber()).toBe(0);
  });

  test('localNeo4jStatus reports the local server running (when it is local)', async () => {
    if (!localHome) {
      // NEO4J_URI came from outside: there is no local server whose status could be checked.
      expect(config.neo4jUri).toBeDefined();
      return;
    }
    const port = Number(new URL(config.neo4jUri!).port);
    const status = await localNeo4jStatus({ home: localHome, boltPort: port });
    expect(status).toEqual({ running: true, pid: expect.any(Number), uri: config.neo4jUri });
  });
});
