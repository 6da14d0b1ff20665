// npm run profile:api [-- --op connection]: PROFILEs the Cypher that each operation of the bench:api
// mix runs, on the same database as bench:api (NEWSGRAPH_HOME default .neo4j-bench-api, port
// NEWSGRAPH_BOLT_PORT default 7724, or NEO4J_URI). For every query: its warm wall time (median of 5
// runs, one client), total db hits, rows, and the operators with most db hits, to see which query
// and which step of it costs.
import neo4j from 'neo4j-driver';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import type { Executor } from '../src/load/executor.js';
import { openGraph } from '../src/load/open-graph.js';
import type { Plan } from '../src/load/plan.js';
import { startServer } from '../src/serve/start-server.js';
import { apiWorkload } from './lib/api-workload.js';

const { values } = parseArgs({ options: { op: { type: 'string' }, top: { type: 'string', default: '6' } } });
const config = loadConfig({ NEWSGRAPH_HOME: '.neo4j-bench-api', NEWSGRAPH_BOLT_PORT: '7724', ...process.env });
const uri = config.neo4jUri ?? (await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache })).uri;
const executor = await openGraph(config);
const { ops } = await apiWorkload(executor);

const plans: Plan[] = [];
const recorder = Object.create(executor) as Executor;
recorder.read = (async (plan: Plan, o?: { timeoutMs?: number }) => {
  plans.push(plan);
  return executor.read(plan, o);
}) as Executor['read'];
const server = await startServer({ executor: recorder, port: 0, readTimeoutMs: 120_000 });
const driver = neo4j.driver(uri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword));

interface Op {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Op[];
}
const flat = (o: Op, depth = 0): { o: Op; depth: number }[] => [{ o, depth }, ...o.children.flatMap((c) => flat(c, depth + 1))];

for (const [name, op] of Object.entries(ops)) {
  if (values.op && values.op !== name) continue;
  plans.length = 0;
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op) });
  const body = (await res.json()) as { errors?: unknown };
  console.log(`\n## ${name}: ${plans.length} queries${body.errors ? ` (errors: ${JSON.stringify(body.errors)})` : ''}`);
  for (const plan of [...plans]) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await executor.read(plan);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const session = driver.session({ database: config.neo4jDatabase, defaultAccessMode: neo4j.session.READ });
    const summary = (await session.run(`PROFILE ${plan.cypher}`, plan.params)).summary;
    await session.close();
    const root = summary.profile as unknown as Op;
    const ops = flat(root);
    const hits = ops.reduce((s, x) => s + x.o.dbHits, 0);
    console.log(`- ${plan.name}: ${times[2].toFixed(1)} ms, ${hits} db hits, ${root.rows} rows`);
    for (const { o } of [...ops].sort((a, b) => b.o.dbHits - a.o.dbHits).slice(0, Number(values.top))) {
      console.log(`    ${String(o.dbHits).padStart(9)} hits ${String(o.rows).padStart(8)} rows  ${o.operatorType}  ${String(o.arguments.Details ?? '').slice(0, 140)}`);
    }
  }
}
await server.stop();
await driver.close();
await executor.close();
