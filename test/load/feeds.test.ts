import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readPath } from '../../src/ingest/read-inputs.js';
import { readLines } from '../../src/ingest/read-lines.js';
import type { Executor } from '../../src/load/executor.js';
import { GraphWriter, type WriteItem } from '../../src/load/graph-writer.js';
import { ingestPaths } from '../../src/load/ingest-articles.js';
import { extract } from '../helpers/seed.js';
import { readTxt } from '../../src/ingest/read-txt.js';
import { testExecutor, uniqueWord } from '../helpers/graph.js';

let executor: Executor;
beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(async () => {
  await executor.close();
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-feeds-'));
const story = (word: string, i: number) => ({ text: `OSLO, May ${(i % 28) + 1}, 2024 (Reuters) - Norway and Iceland held talks on ${word} quota ${i}, officials said.`, publishedAt: `2024-05-${String((i % 28) + 1).padStart(2, '0')}` });

describe('JSONL feeds are streamed, the size limit applies per article', () => {
  test('a feed far over the limit loads; a bad line and an oversized line are named by number and the rest goes on', async () => {
    const word = uniqueWord();
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify(story(word, i)));
    lines[6] = '{"text": "broken';
    lines[11] = JSON.stringify({ text: `PARIS (Reuters) - ${'very long '.repeat(300)}` });
    const file = path.join(dir, `${word}.jsonl`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const maxBytes = 1024;
    expect(fs.statSync(file).size).toBeGreaterThan(5 * maxBytes);
    const issues: string[] = [];
    const s = await ingestPaths([file], { executor, maxBytes, workers: 0, batchSize: 16, onIssue: (i) => issues.push(`${i.line}:${i.code}`) });
    expect(issues).toEqual(['7:INVALID_JSON', '12:TOO_LARGE']);
    expect(s).toMatchObject({ articles: 58, failed: 2, transactions: 4 });
  });

  test('a gzipped feed (.jsonl.gz) is read the same way', async () => {
    const word = uniqueWord();
    const file = path.join(dir, `${word}.jsonl.gz`);
    fs.writeFileSync(file, zlib.gzipSync(Array.from({ length: 20 }, (_, i) => JSON.stringify(story(word, i))).join('\n')));
    const rs = await readPath(file, { maxBytes: 1024 });
    expect(rs.map((r) => ('article' in r ? r.article.sourcePath : r.issue.code))).toEqual(Array.from({ length: 20 }, (_, i) => `${file}:${i + 1}`));
  });

  test('a file over the limit that is not a feed is refused before it is read', async () => {
    // Sparse: 3 GB on the file system, no blocks; reading it whole would fail or exhaust memory.
    const file = path.join(dir, 'huge.txt');
    fs.closeSync(fs.openSync(file, 'w'));
    fs.truncateSync(file, 3 * 1024 ** 3);
    const [r] = await readPath(file, { maxBytes: 1 << 20 });
    expect(r).toMatchObject({ issue: { code: 'TOO_LARGE', file } });
    fs.rmSync(file);
  });

  test.each([
    ['a\nbb\r\n\nccc', 10, ['1:a', '2:bb', '3:', '4:ccc']],
    ['short\n' + 'x'.repeat(50) + '\nafter\n', 10, ['1:short', '2:too long 50', '3:after']],
  ])('lines of %j (limit %d)', async (text, max, want) => {
    const chunks = [Buffer.from(text.slice(0, 3)), Buffer.from(text.slice(3, 20)), Buffer.from(text.slice(20))];
    const got: string[] = [];
    for await (const l of readLines(chunks, max)) got.push('bytes' in l ? `${l.line}:${l.bytes.toString()}` : `${l.line}:too long ${l.tooLong}`);
    expect(got).toEqual(want);
  });
});

describe('a batch the database rejects', () => {
  test('is split until the article at fault is alone: it is reported and the rest of its batch lands', async () => {
    const word = uniqueWord();
    const items: WriteItem[] = Array.from({ length: 5 }, (_, i) => {
      const article = readTxt(`GENEVA, May 4, 2024 (Reuters) - Chile and Peru held talks on ${word} number ${i}, officials said.`, `${word}-${i}.txt`);
      return { article, graph: extract(article.text), where: `${word}-${i}.txt` };
    });
    // A property value Neo4j cannot store (a map): a permanent error for this one article.
    (items[3].article as { title: unknown }).title = { nested: { map: 1 } };
    const issues: string[] = [];
    const written: string[] = [];
    const writer = new GraphWriter(executor, (x) => written.push(x.where), (i) => issues.push(`${i.file}:${i.code}`));
    await writer.write(items);
    expect(issues).toEqual([`${word}-3.txt:LOAD_FAILED`]);
    expect(written.sort()).toEqual([0, 1, 2, 4].map((i) => `${word}-${i}.txt`));
    const [row] = await executor.read<{ n: number }>({ name: 'test-landed', cypher: 'MATCH (a:Article) WHERE a.text CONTAINS $word RETURN count(a) AS n', params: { word } });
    expect(row.n).toBe(4);
  });
});
