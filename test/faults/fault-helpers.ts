import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher } from '../../src/load/cypher-files.js';
import type { Executor } from '../../src/load/executor.js';
import type { Article } from '../../src/model/index.js';
import { reutersArticles } from '../../scripts/lib/reuters-articles.js';
import { sharedData } from '../../scripts/lib/shared-data.js';

/**
 * `count` Reuters-21578 stories, most of them about talks (negotiations and persons that recur across
 * articles, so concurrent writers meet on shared actors), distinct texts, in corpus order.
 */
export function reutersCorpus(count: number): Article[] {
  const all = reutersArticles(sharedData('reuters21578'), 4000);
  const ids = new Set<string>();
  const unique = all.filter((a) => !ids.has(a.id) && ids.add(a.id));
  const talks = unique.filter((a) => /\b(talks|negotiat|agree)/i.test(a.text)).slice(0, Math.ceil(count * 0.7));
  return [...talks, ...unique.filter((a) => !talks.includes(a)).slice(0, count - talks.length)].sort((a, b) => (a.sourcePath! < b.sourcePath! ? -1 : 1));
}

/** Writes articles as a JSONL feed in `dir` and returns its path. */
export function writeFeed(dir: string, name: string, articles: Article[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, articles.map((a) => JSON.stringify({ text: a.text, title: a.title, source: a.source, publishedAt: a.publishedAt })).join('\n') + '\n');
  return file;
}

/** A temporary folder for one test file. */
export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-${prefix}-`));

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled `kg` (npm test builds dist/ first) as a user does, against `uri`. */
export function kg(args: string[], uri: string, timeoutMs = 240_000): { done: Promise<KgRun>; pid: number } {
  const child = spawn(process.execPath, ['dist/src/cli/kg.js', ...args], { env: { ...process.env, NEO4J_URI: uri }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<KgRun>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { done, pid: child.pid! };
}

/** Nodes per label and relationships per type (`cypher/graph-counts.cypher`). */
export async function countsByKind(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read<{ key: string; n: number }>({ name: 'graph-counts', cypher: cypher('graph-counts'), params: {} });
  return Object.fromEntries(rows.map((r) => [r.key, r.n]).sort());
}

/** For every article: its sentences, and the statements, events and negotiations reported in it. */
export async function factsByArticle(executor: Executor): Promise<Record<string, { sentences: number; statements: number; events: number; negotiations: number }>> {
  const rows = await executor.read<{ id: string; sentences: number; statements: number; events: number; negotiations: number }>({
    name: 'test-facts-by-article',
    cypher: `MATCH (a:Article)
             RETURN a.id AS id,
                    COUNT { (:Sentence)-[:PART_OF]->(a) } AS sentences,
                    COUNT { (:Statement)-[:REPORTED_IN]->(a) } AS statements,
                    COUNT { (:Event)-[:REPORTED_IN]->(a) } AS events,
                    COUNT { (:Negotiation)-[:REPORTED_IN]->(a) } AS negotiations`,
    params: {},
  });
  return Object.fromEntries(rows.map(({ id, ...facts }) => [id, facts]).sort());
}

/** Groups of nodes that are one thing written twice: actors of one label and name, statements of one article and offset, negotiations of one article, topic and parties. */
export async function duplicates(executor: Executor): Promise<{ actors: number; statements: number; negotiations: number }> {
  const [row] = await executor.read<{ actors: number; statements: number; negotiations: number }>({
    name: 'test-duplicates',
    cypher: `CALL () { MATCH (e:Actor) WITH labels(e) AS l, e.name AS name, count(*) AS n WHERE n > 1 RETURN count(*) AS actors }
             CALL () { MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WITH a.id AS a, s.start AS start, s.text AS text, count(*) AS n WHERE n > 1 RETURN count(*) AS statements }
             CALL () { MATCH (n:Negotiation) OPTIONAL MATCH (p)-[:PARTY_TO]->(n) WITH n, p ORDER BY p.id WITH n, collect(p.id) AS ps
                       WITH n.topic AS topic, ps, count(*) AS c WHERE c > 1 RETURN count(*) AS negotiations }
             RETURN actors, statements, negotiations`,
    params: {},
  });
  return row;
}
