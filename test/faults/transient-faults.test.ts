import net from 'node:net';
import type { Executor } from '../../src/load/executor.js';
import { emptyTestDatabase } from '../load/graph-fingerprint.js';
import { testExecutor } from '../helpers/graph.js';
import { countsByKind, factsByArticle, kg, reutersCorpus, tempDir, writeFeed } from './fault-helpers.js';

/**
 * A TCP proxy in front of Bolt that, once `cutAfter` bytes went from client to server, drops every
 * connection open at that moment, `cuts` times (each time after another `cutAfter` bytes). New
 * connections pass through, as after a network blip.
 */
async function cuttingProxy(target: { host: string; port: number }, cutAfter: number, cuts: number) {
  const open = new Set<net.Socket>();
  let sent = 0;
  let done = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    open.add(client).add(upstream);
    const forget = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget).on('error', forget);
    upstream.on('close', forget).on('error', forget);
    upstream.on('data', (d) => client.write(d));
    client.on('data', (d) => {
      upstream.write(d);
      sent += d.length;
      if (done < cuts && sent >= cutAfter * (done + 1)) {
        done++;
        for (const s of [...open]) s.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cutsDone: () => done,
    close: () => new Promise<void>((resolve) => {
      for (const s of open) s.destroy();
      server.close(() => resolve());
    }),
  };
}

const corpus = reutersCorpus(120);
const dir = tempDir('transient');
const feed = writeFeed(dir, 'reuters.jsonl', corpus);
let executor: Executor;
let clean: { counts: Record<string, number>; facts: Record<string, unknown> };
const uri = () => process.env.NEO4J_URI!;

beforeAll(async () => {
  executor = await testExecutor();
  await emptyTestDatabase(executor);
  const r = await kg(['ingest', '--no-progress', '--workers', '1', '--batch-size', '20', feed], uri()).done;
  expect(r.stderr).toMatch(/ingested \d+ article\(s\), 0 failed/);
  clean = { counts: await countsByKind(executor), facts: await factsByArticle(executor) };
}, 300_000);
afterAll(async () => {
  await executor.close();
});

describe('a connection cut part-way through the writes', () => {
  test('the batch is retried and the graph equals a clean run, label by label and type by type', async () => {
    await emptyTestDatabase(executor);
    const target = new URL(uri());
    const proxy = await cuttingProxy({ host: target.hostname, port: Number(target.port) }, 150_000, 3);
    try {
      const r = await kg(['ingest', '--no-progress', '--workers', '1', '--batch-size', '20', feed], proxy.uri, 180_000).done;
      expect(proxy.cutsDone()).toBe(3);
      expect(r.signal).toBeNull(); // finished, not killed by the time bound
      expect(r.stderr).toMatch(/ingested \d+ article\(s\), 0 failed/);
      expect(r.code).toBe(0);
    } finally {
      await proxy.close();
    }
    expect(await countsByKind(executor)).toEqual(clean.counts);
    expect(await factsByArticle(executor)).toEqual(clean.facts);
  }, 240_000);
});

describe('a permanent error', () => {
  // A uniqueness constraint the test adds on Article.title: an article whose title another stored
  // article has is refused by the database for good (not a transient error, never retried).
  const constraint = 'test_poison_article_title';

  test('fails that article with a clear message and leaves the database unchanged for it', async () => {
    await emptyTestDatabase(executor);
    const [first, poison, ...rest] = corpus.slice(0, 12);
    const setup = await kg(['ingest', '--no-progress', '--workers', '1', writeFeed(dir, 'first.jsonl', [first])], uri()).done;
    expect(setup.code).toBe(0);
    await executor.autoCommit([{ name: 'test-poison-constraint', cypher: `CREATE CONSTRAINT ${constraint} IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE`, params: {} }]);
    try {
      const before = await countsByKind(executor);
      const r = await kg(['ingest', '--no-progress', '--workers', '1', writeFeed(dir, 'poison.jsonl', [{ ...poison, title: first.title }, ...rest])], uri()).done;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/poison\.jsonl:1: .*(constraint|already exists).* \(LOAD_FAILED\)/i);
      expect(r.stderr).toMatch(new RegExp(`ingested ${rest.length} article\\(s\\), 1 failed`));
      expect(r.stderr).not.toMatch(/^\s+at /m);
      const facts = await factsByArticle(executor);
      expect(Object.keys(facts)).not.toContain(poison.id);
      expect(Object.keys(facts)).toEqual(expect.arrayContaining(rest.map((a) => a.id)));
      const [left] = await executor.read<{ n: number }>({ name: 'test-poison-left', cypher: 'MATCH (n) WHERE n.id STARTS WITH $id RETURN count(n) AS n', params: { id: poison.id } });
      expect(left.n).toBe(0);
      expect((await countsByKind(executor)).Article).toBe(before.Article + rest.length);
    } finally {
      await executor.autoCommit([{ name: 'test-drop-poison-constraint', cypher: `DROP CONSTRAINT ${constraint} IF EXISTS`, params: {} }]);
    }
  }, 240_000);
});
