import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { jest } from '@jest/globals';
import { runExtract } from '../../src/cli/extract-command.js';
import { extractChecked } from '../../src/pipeline/extract-checked.js';
import { ExtractPool } from '../../src/pipeline/extract-pool.js';
import { readPath } from '../../src/ingest/read-inputs.js';
import type { Executor } from '../../src/load/executor.js';
import { ingestPaths, loadArticle } from '../../src/load/ingest-articles.js';
import { loadGraphFiles } from '../../src/load/load-graphs.js';
import type { Article } from '../../src/model/index.js';
import { reutersArticles } from '../../scripts/lib/reuters-articles.js';
import { sharedData } from '../../scripts/lib/shared-data.js';
import { testExecutor } from '../helpers/graph.js';
import { emptyTestDatabase, fingerprint } from './graph-fingerprint.js';

// Reuters stories about talks (negotiations reported by several articles, persons named by surname
// in later stories) and some others, as a JSONL feed: the input of both ingests compared below.
const corpus = (() => {
  const all = reutersArticles(sharedData('reuters21578'), 2500);
  const talks = all.filter((a) => /\b(talks|negotiat)/i.test(a.text)).slice(0, 70);
  return [...talks, ...all.filter((a) => !talks.includes(a)).slice(0, 30)].sort((a, b) => (a.sourcePath! < b.sourcePath! ? -1 : 1));
})();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-batch-'));
const feed = path.join(dir, 'reuters.jsonl');
fs.writeFileSync(feed, corpus.map((a) => JSON.stringify({ text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt })).join('\n') + '\n');

let executor: Executor;
let oneByOne: Record<string, unknown>;
let articles: Article[];
const unique = () => new Set(articles.map((a) => a.id)).size;

beforeAll(async () => {
  executor = await testExecutor();
  articles = (await readPath(feed, { maxBytes: 1 << 20 })).map((r) => {
    if ('issue' in r) throw new Error(r.issue.message);
    return r.article;
  });
  await emptyTestDatabase(executor);
  for (const a of articles) {
    const r = extractChecked(a);
    if ('error' in r) throw new Error(r.error);
    await loadArticle(executor, a, r.graph);
  }
  oneByOne = await fingerprint(executor);
}, 300_000);
afterAll(async () => {
  await executor.close();
});

describe('batched, pipelined ingest', () => {
  test('writes the same graph as one article per transaction: nodes by label, relationships by type, identities', async () => {
    expect(articles).toHaveLength(100);
    // Reuters-21578 repeats a few stories word for word: one id, written once, the copy skipped.
    expect(unique()).toBeGreaterThan(95);
    // The corpus exercises cross-article identity: talks reported by several articles.
    expect((oneByOne.negotiations as string[]).some((n) => !n.endsWith(' 1'))).toBe(true);
    expect(Object.keys((oneByOne.counts as object) ?? {})).toEqual(expect.arrayContaining(['Negotiation', 'Statement', 'Person', '[:PARTY_TO]', '[:SAID]']));
    await emptyTestDatabase(executor);
    const s = await ingestPaths([feed], { executor, maxBytes: 1 << 20, workers: 2, batchSize: 16 });
    expect(s).toMatchObject({ articles: unique(), skipped: 100 - unique(), failed: 0, transactions: 7 });
    expect(await fingerprint(executor)).toEqual(oneByOne);
  }, 300_000);

  test('a second ingest skips every stored article without extracting it', async () => {
    const pool = new ExtractPool({ workers: 0 });
    const extract = jest.spyOn(pool, 'extract');
    const s = await ingestPaths([feed], { executor, maxBytes: 1 << 20, pool, batchSize: 16 });
    expect(s).toMatchObject({ articles: 0, skipped: 100, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(extract).not.toHaveBeenCalled();
    expect(await fingerprint(executor)).toEqual(oneByOne);
  }, 120_000);

  test('kg load of kg extract --jsonl output writes the same graph as kg ingest, and skips it the second time', async () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += chunk), done()) });
    const failed = await runExtract([feed], 'jsonl', { maxBytes: 1 << 20, workers: 2 }, sink, sink);
    expect(failed).toBe(0);
    const graphs = path.join(dir, 'graphs.jsonl');
    fs.writeFileSync(graphs, out);
    await emptyTestDatabase(executor);
    const s = await loadGraphFiles([graphs], { executor, maxBytes: 1 << 20, batchSize: 32 });
    expect(s).toMatchObject({ articles: unique(), skipped: 100 - unique(), failed: 0 });
    expect(await fingerprint(executor)).toEqual(oneByOne);
    expect(await loadGraphFiles([graphs], { executor, maxBytes: 1 << 20 })).toMatchObject({ articles: 0, skipped: 100 });
  }, 300_000);
});
