import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The compiled CLI, as a user runs it (npm test builds dist/ first); the test Neo4j from NEO4J_URI.
const kg = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/kg.js', ...args], { encoding: 'utf8', timeout: 120000, env: { ...process.env } });

test('kg load writes kg extract --jsonl output, names a bad line by its number and exits with status 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-load-'));
  const story = path.join(dir, 'story.txt');
  fs.writeFileSync(story, `GENEVA, May 4, 2024 (Reuters) - Norway and Chile held talks on ${Date.now()} salmon quotas, officials said.`);
  const extracted = kg('extract', story, '--jsonl', '--workers', '0');
  expect(extracted.status).toBe(0);
  const graphs = path.join(dir, 'graphs.jsonl');
  fs.writeFileSync(graphs, `${extracted.stdout}{"article": {}}\n`);
  const loaded = kg('load', '--no-progress', graphs);
  expect(loaded.stderr).toMatch(/graphs\.jsonl:2: not an ArticleGraph line of kg extract --jsonl: .* \(INVALID_RECORD\)/);
  expect(loaded.stderr).toMatch(/loaded 1 article\(s\), 1 failed, 0 skipped/);
  expect(loaded.status).toBe(1);
  expect(kg('load', '--no-progress', graphs).stderr).toMatch(/loaded 0 article\(s\), 1 failed, 1 skipped/);
});
