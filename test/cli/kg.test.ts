import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleGraph } from '../../src/model/index.js';

// The compiled CLI, as a user runs it (npm test builds dist/ first).
const kg = (...args: string[]) => spawnSync(process.execPath, ['dist/src/cli/kg.js', ...args], { encoding: 'utf8', timeout: 60000 });

describe('kg extract', () => {
  test('--json prints one ArticleGraph for one article', () => {
    const r = kg('extract', 'seeds/000_78744b9ed76b847d.txt', '--json');
    expect(r.status).toBe(0);
    const g = ArticleGraph.parse(JSON.parse(r.stdout));
    expect(g.article.source).toBe('TASS');
  });

  test('--jsonl prints one line per article and names bad inputs on stderr with exit status 1', () => {
    const r = kg('extract', 'seeds', 'test/fixtures/no-such-file.txt', '--jsonl');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(() => ArticleGraph.parse(JSON.parse(lines[0]))).not.toThrow();
    expect(r.stderr).toMatch(/no-such-file\.txt: cannot read: no such file \(UNREADABLE\)/);
  });

  test('a bad --date is refused with a message', () => {
    const r = kg('extract', 'seeds', '--json', '--date', '22-08-2025');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('kg ingest', () => {
  test('loads the good inputs, names the bad ones, prints a summary and exits with status 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'good.txt'), `GENEVA, May 4 (Reuters) - Norway and Chile held talks on ${Date.now()} salmon quotas, officials said.`);
    const r = spawnSync(process.execPath, ['dist/src/cli/kg.js', 'ingest', '--no-progress', dir], { encoding: 'utf8', timeout: 120000, env: { ...process.env } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: empty: no text to read \(EMPTY\)/);
    expect(r.stderr).toMatch(/ingested 1 article\(s\), 1 failed/);
  });
});
