// npm run bench:api [-- --seconds 30 --clients 20]: the GraphQL API under load on all of Reuters-21578
// (ingest it first: NEWSGRAPH_HOME=.neo4j-bench-api NEWSGRAPH_BOLT_PORT=7724 npm run bench:ingest).
// 20 concurrent clients run a fixed mix (whoNegotiatedWithWhom for an actor, an actor profile, a
// statement search, a connection) for 30 s; it prints requests/s and p50/p95/p99 per query. Then
// the same Cypher (recorded from one run of each operation) runs directly through the driver with
// the same clients and time, and the ratio of the two is the GraphQL overhead. Uses NEO4J_URI when
// set, else the local Neo4j in NEWSGRAPH_HOME (default .neo4j-bench-api) on NEWSGRAPH_BOLT_PORT
// (default 7724).
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import type { Executor } from '../src/load/executor.js';
import { openGraph } from '../src/load/open-graph.js';
import type { Plan } from '../src/load/plan.js';
import { startServer } from '../src/serve/start-server.js';
import { apiWorkload } from './lib/api-workload.js';
import { formatTable } from './lib/table.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, clients: { type: 'string', default: '20' } } });
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const config = loadConfig({ NEWSGRAPH_HOME: '.neo4j-bench-api', NEWSGRAPH_BOLT_PORT: '7724', ...process.env });
const local = config.neo4jUri ? null : await startLocalNeo4j({ home: config.localHome, boltPort: config.localBoltPort, heap: config.localHeap, pageCache: config.localPageCache });
const executor = await openGraph(config);
await executor.applySchema(['CALL db.awaitIndexes(600)']);

const { articles, busiest, speaker, word, ops: OPS } = await apiWorkload(executor);
if (articles < 1000) console.error(`warning: only ${articles} articles in the database; ingest Reuters-21578 first (see the top of this file)`);
const NAMES = Object.keys(OPS);

// Record the Cypher each operation runs (one run each), with when each query started and ended, to
// replay it through the driver alone with the same concurrency: queries the API ran side by side
// (batch loaders of one list level) form a wave and replay together; waves replay one after another.
const recorded: Record<string, Plan[][]> = {};
let recording: { plan: Plan; start: number; end: number }[] | null = null;
const recorder = Object.create(executor) as Executor;
recorder.read = (async (plan: Plan, o?: { timeoutMs?: number }) => {
  const entry = { plan, start: performance.now(), end: Infinity };
  recording?.push(entry);
  try {
    return await executor.read(plan, o);
  } finally {
    entry.end = performance.now();
  }
}) as Executor['read'];
function waves(entries: { plan: Plan; start: number; end: number }[]): Plan[][] {
  // A query that started after one of the current wave had ended may have waited for it: it opens
  // the next wave. Queries started before any of the wave ended ran side by side.
  const out: Plan[][] = [];
  let firstEnd = -Infinity;
  for (const e of [...entries].sort((a, b) => a.start - b.start)) {
    if (e.start >= firstEnd) {
      out.push([]);
      firstEnd = e.end;
    } else firstEnd = Math.min(firstEnd, e.end);
    out.at(-1)!.push(e.plan);
  }
  return out;
}
// Recording and warm-up run without the read timeout: Neo4j plans each query the first time, which
// can take seconds on a busy machine. The measured runs use the configured timeout (2 s default).
let server = await startServer({ executor: recorder, port: 0, readTimeoutMs: 120_000 });

async function call(name: string): Promise<void> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OPS[name]) });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(`${name}: ${body.errors[0].message}`);
}
for (const name of NAMES) {
  recording = [];
  await call(name);
  recorded[name] = waves(recording);
  recording = null;
}
console.log(`workload (from the data): actor "${busiest}", profile of "${speaker}", search "${word}", connection ${OPS.connection.variables.f} -> ${OPS.connection.variables.t}`);
console.log(`Cypher per operation (round trips in waves): ${NAMES.map((n) => `${n} ${recorded[n].flat().length} in ${recorded[n].length}`).join(', ')}`);

let replayTimeout = 120_000;
async function replay(name: string): Promise<void> {
  for (const wave of recorded[name]) await Promise.all(wave.map((p) => executor.read(p, { timeoutMs: replayTimeout })));
}

/** `clients` loops, each running the mix in turn from its own offset, for `seconds`; latencies per operation. */
async function load(run: (name: string) => Promise<void>, seconds: number): Promise<{ seconds: number; latencies: Record<string, number[]>; errors: number }> {
  const latencies: Record<string, number[]> = Object.fromEntries(NAMES.map((n) => [n, []]));
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; performance.now() < end; i++) {
        const name = NAMES[i % NAMES.length];
        const s = performance.now();
        try {
          await run(name);
          latencies[name].push(performance.now() - s);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { seconds: (performance.now() - t0) / 1000, latencies, errors };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

await load(call, Math.min(5, SECONDS)); // warm-up: plans compiled, caches filled
await load(replay, Math.min(3, SECONDS));
await server.stop();
server = await startServer({ executor, port: 0, readTimeoutMs: config.readTimeoutMs });
replayTimeout = config.readTimeoutMs;
// The machine is shared: API and driver runs alternate in slices of 5 s so that other load falls on both alike.
type Run = Awaited<ReturnType<typeof load>>;
const merge = (runs: Run[]): Run => ({
  seconds: runs.reduce((t, r) => t + r.seconds, 0),
  errors: runs.reduce((t, r) => t + r.errors, 0),
  latencies: Object.fromEntries(NAMES.map((n) => [n, runs.flatMap((r) => r.latencies[n])])),
});
const slices = Math.max(1, Math.round(SECONDS / 5));
const apiRuns: Run[] = [];
const directRuns: Run[] = [];
for (let i = 0; i < slices; i++) {
  apiRuns.push(await load(call, SECONDS / slices));
  directRuns.push(await load(replay, SECONDS / slices));
}
const api = merge(apiRuns);
const direct = merge(directRuns);
await server.stop();

const total = (r: typeof api) => Object.values(r.latencies).reduce((s, xs) => s + xs.length, 0);
console.log(`\n${CLIENTS} clients, ${SECONDS} s each (alternating 5 s slices); GraphQL over HTTP: ${(total(api) / api.seconds).toFixed(1)} requests/s (${api.errors} errors); same Cypher through the driver: ${(total(direct) / direct.seconds).toFixed(1)} operations/s (${direct.errors} errors)\n`);
const f = (x: number) => x.toFixed(1);
console.log(
  formatTable(
    ['query', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'driver p50', 'driver p95', 'overhead p50', 'overhead p95'],
    NAMES.map((n) => {
      const a = api.latencies[n];
      const d = direct.latencies[n];
      return [n, f(a.length / api.seconds), f(pct(a, 50)), f(pct(a, 95)), f(pct(a, 99)), f(pct(d, 50)), f(pct(d, 95)), `${(pct(a, 50) / pct(d, 50)).toFixed(2)}x`, `${(pct(a, 95) / pct(d, 95)).toFixed(2)}x`];
    }),
  ),
);
const mean = (r: typeof api) => Object.values(r.latencies).flat().reduce((s, x) => s + x, 0) / Math.max(1, total(r));
console.log(`\noverall GraphQL overhead: ${(mean(api) / mean(direct)).toFixed(2)}x mean latency, ${(total(direct) / direct.seconds / (total(api) / api.seconds)).toFixed(2)}x throughput`);
await executor.close();
if (local && !local.alreadyRunning) await stopLocalNeo4j({ home: config.localHome });
