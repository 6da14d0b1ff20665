import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../../src/load/executor.js';
import { ingestPaths } from '../../src/load/ingest-articles.js';
import { GraphQueries } from '../../src/serve/graph-queries.js';
import { counts, testExecutor, uniqueWord } from '../helpers/graph.js';

let executor: Executor;
const options = () => ({ executor, maxBytes: 1024 * 1024 });

beforeAll(async () => {
  executor = await testExecutor();
});
afterAll(async () => {
  await executor.close();
});

describe('ingest into Neo4j', () => {
  test('ingesting seeds/ twice changes nothing the second time: the stored article is skipped', async () => {
    await ingestPaths(['seeds'], options());
    const before = await counts(executor);
    const again = await ingestPaths(['seeds'], options());
    expect(again).toMatchObject({ articles: 0, skipped: 1, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts(executor)).toEqual(before);
  });

  test('writing the same article again without skipping changes nothing either', async () => {
    await ingestPaths(['seeds'], options());
    const before = await counts(executor);
    const again = await ingestPaths(['seeds'], { ...options(), skipStored: false });
    expect(again).toMatchObject({ articles: 1, skipped: 0, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts(executor)).toEqual(before);
  });

  test('the seed negotiation is Belarus with the United States, with the seed sentence as evidence', async () => {
    await ingestPaths(['seeds'], options());
    const rows = await new GraphQueries(executor).whoNegotiated(['state:BLR']);
    const us = rows.find((r) => r.b.id === 'state:USA');
    expect(us?.a.id).toBe('state:BLR');
    const sentences = us!.negotiations.flatMap((n) => (n.evidence as { sentence: string }[]).map((e) => e.sentence));
    expect(sentences.some((s) => s.includes('negotiations on the release of a number of prisoners are being conducted only with the US'))).toBe(true);
  });

  test('a batch with an empty, a binary and a broken JSONL line loads the good articles and names the bad ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-batch-'));
    const word = uniqueWord();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]));
    fs.writeFileSync(
      path.join(dir, 'feed.jsonl'),
      `${JSON.stringify({ text: `LONDON, May 2 (Reuters) - Minister ${word} Smith said talks with France would resume.` })}\n{"text": "broken\n`,
    );
    fs.writeFileSync(path.join(dir, 'good.txt'), `PARIS, May 3 (Reuters) - France and Germany held talks on ${word} trade, officials said.`);
    const issues: string[] = [];
    const summary = await ingestPaths([dir], { ...options(), onIssue: (i) => issues.push(`${path.basename(i.file)}:${i.line ?? ''}:${i.code}`) });
    expect(summary.articles).toBe(2);
    expect(summary.failed).toBe(3);
    expect(issues.sort()).toEqual(['empty.txt::EMPTY', 'feed.jsonl:2:INVALID_JSON', 'image.txt::BINARY']);
  });

  test('an unreadable path is an issue, not a crash', async () => {
    const summary = await ingestPaths(['/nonexistent/newsgraph/article.txt'], options());
    expect(summary).toMatchObject({ articles: 0, failed: 1 });
    expect(summary.issues[0]).toMatchObject({ code: 'UNREADABLE', file: '/nonexistent/newsgraph/article.txt' });
  });

  test('a later article naming a person by surname joins the person already in the graph', async () => {
    await ingestPaths(['seeds'], options());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-second-'));
    const word = uniqueWord();
    fs.writeFileSync(path.join(dir, 'second.txt'), `MINSK, September 3. /TASS/. Lukashenko said on Tuesday that the ${word} plant would reopen next month.`);
    await ingestPaths([dir], options());
    const [row] = await executor.read<{ n: number }>({
      name: 'test-lukashenko',
      cypher: 'MATCH (p:Person)-[:MENTIONED_IN]->(:Article) WHERE p.id STARTS WITH "person:" AND toLower(p.name) CONTAINS "lukashenko" RETURN count(DISTINCT p) AS n',
      params: {},
    });
    expect(row.n).toBe(1);
  });
});

describe('negotiations across articles', () => {
  // The topic is a word of its own, so reports from earlier test runs (same parties) are other talks.
  test('two reports of the same talks within a month make one Negotiation with both articles as evidence', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-talks-'));
    const word = uniqueWord();
    fs.writeFileSync(path.join(dir, 'a.txt'), `LIMA, March 3, 2021 (Reuters) - Chile and Peru held talks on ${word}, officials said.`);
    fs.writeFileSync(path.join(dir, 'b.txt'), `SANTIAGO, March 20, 2021 (Reuters) - Peru and Chile reached an agreement on ${word} after weeks of talks.`);
    fs.writeFileSync(path.join(dir, 'c.txt'), `SANTIAGO, November 20, 2021 (Reuters) - Peru and Chile opened new talks on ${word}.`);
    const s = await ingestPaths([dir], options());
    expect(s.articles).toBe(3);
    const rows = await executor.read<{ articles: number }>({
      name: 'test-talks',
      cypher: `MATCH (n:Negotiation)-[:REPORTED_IN]->(a:Article) WHERE n.topic CONTAINS $word
               RETURN n.id AS id, count(a) AS articles ORDER BY articles DESC`,
      params: { word },
    });
    expect(rows.map((r) => r.articles)).toEqual([2, 1]);
  });
});

describe('writing an article again', () => {
  test('drops the facts an earlier extraction had and this one does not', async () => {
    const { readTxt } = await import('../../src/ingest/read-txt.js');
    const { extractArticle } = await import('../../src/pipeline/extract-article.js');
    const { loadArticle } = await import('../../src/load/ingest-articles.js');
    const word = uniqueWord();
    const article = readTxt(`PARIS, May 3 (Reuters) - Foreign Minister Jean ${word} said France would hold talks with Mali on the ${word} dispute.`, null);
    const graph = extractArticle(article);
    expect(graph.statements).toHaveLength(1);
    await loadArticle(executor, article, graph);
    const statementsOf = async () =>
      (await executor.read<{ n: number }>({ name: 'test-prune', cypher: 'MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(s) AS n', params: { id: article.id } }))[0].n;
    expect(await statementsOf()).toBe(1);
    await loadArticle(executor, article, { ...graph, statements: [] });
    expect(await statementsOf()).toBe(0);
  });
});

describe('sides from the actor dictionary', () => {
  // models/actor-sides.json knows Gordon Brown as Britain's (chancellor in hundreds of BBC stories);
  // this article names no office and no Britain.
  test('the side joins the graph as a participant with no mention, and a second ingest changes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-sides-'));
    const word = uniqueWord();
    fs.writeFileSync(path.join(dir, 'visit.txt'), `Gordon Brown visited Kenya on Monday to discuss ${word} and debt relief.`);
    await ingestPaths([dir], options());
    const read = () =>
      executor.read<{ role: string; id: string; mentions: number }>({
        name: 'test-sides',
        cypher: `MATCH (a:Article)<-[:REPORTED_IN]-(e:Event {type: 'visit'})<-[p:PARTICIPATED_IN]-(x) WHERE a.text CONTAINS $word
                 OPTIONAL MATCH (x)-[m:MENTIONED_IN]->(a)
                 RETURN p.role AS role, x.id AS id, m.count AS mentions ORDER BY role`,
        params: { word },
      });
    const rows = await read();
    expect(rows).toEqual(
      expect.arrayContaining([
        { role: 'agent', id: 'state:GBR', mentions: 0 },
        { role: 'agent_representative', id: 'person:gordon-brown', mentions: 1 },
        { role: 'target', id: 'state:KEN', mentions: 1 },
      ]),
    );
    const before = await counts(executor);
    await ingestPaths([dir], { ...options(), skipStored: false });
    expect(await counts(executor)).toEqual(before);
    expect(await read()).toEqual(rows);
  });
});
