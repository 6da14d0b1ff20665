// npm run bench:extract [-- --files N --runs R]: whole-process speed of `kg extract --jsonl` over N
// fresh Reuters-21578 stories written as .txt files (default 1,000, the last of the corpus), against
// compromise over the same files (scripts/compromise-extract.ts), alternated, median of R runs
// (default 3); prints tokens/s of both and the ratio. Second, in-process figures on one core: the
// tagger alone and the whole pipeline on texts this process has not seen (warmed up on others).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/pipeline/extract-article.js';
import { NerTagger } from '../src/extract/ner/tagger.js';
import { SyntaxModel } from '../src/extract/syntax/syntax-model.js';
import { splitSentences } from '../src/extract/sentences.js';
import { tokenize } from '../src/extract/tokenize.js';
import { projectRoot } from '../src/project-root.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { sharedData } from './lib/shared-data.js';

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, dir: { type: 'string', default: sharedData('reuters21578') } } });
const all = reutersArticles(values.dir!);
const n = Number(values.files);
const fresh = all.slice(-n);
const warm = all.slice(0, Math.min(n, all.length - n));
const tokensOf = (texts: string[]) => texts.reduce((sum, t) => sum + splitSentences(t).reduce((m, s) => m + tokenize(t, s.start, s.end).length, 0), 0);
const tokens = tokensOf(fresh.map((a) => a.text));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-extract-'));
fresh.forEach((a, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), a.text));
const root = projectRoot();
const commands: Record<string, string[]> = {
  'kg extract --jsonl': [path.join(root, 'dist', 'src', 'cli', 'kg.js'), 'extract', dir, '--jsonl'],
  compromise: [path.join(root, 'dist', 'scripts', 'compromise-extract.js'), dir],
};
const times: Record<string, number[]> = { 'kg extract --jsonl': [], compromise: [] };
const cpu: Record<string, number[]> = { 'kg extract --jsonl': [], compromise: [] };
// CPU seconds (user + system) of the children this process has waited for, from /proc (Linux; NaN
// elsewhere). On a machine shared with other jobs, wall time measures the share of the cores a
// process got as much as its work; CPU time measures the work.
function childrenCpu(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}
for (let r = 0; r < Number(values.runs); r++) {
  for (const [name, args] of Object.entries(commands)) {
    const t0 = performance.now();
    const c0 = childrenCpu();
    const p = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    if (p.status !== 0) throw new Error(`${name} failed with status ${p.status}`);
    times[name].push((performance.now() - t0) / 1000);
    cpu[name].push(childrenCpu() - c0);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`whole processes over ${fresh.length} fresh Reuters files (${tokens} tokens), alternated, median of ${values.runs}; ${os.availableParallelism()} cores`);
for (const [name, xs] of Object.entries(times))
  console.log(`  ${name.padEnd(20)} ${median(xs).toFixed(2)} s  ${String(Math.round(tokens / median(xs))).padStart(7)} tokens/s  (runs: ${xs.map((x) => x.toFixed(1)).join(', ')} s; CPU ${median(cpu[name]).toFixed(2)} s)`);
console.log(`  ratio: kg extract is ${(median(times.compromise) / median(times['kg extract --jsonl'])).toFixed(2)}x the speed of compromise in wall time (kg with its default workers, compromise on one thread)`);
// CPU time is the work whatever share of the cores the machine gave each process; above 1, kg needs more.
console.log(`         and uses ${(median(cpu['kg extract --jsonl']) / median(cpu.compromise)).toFixed(2)}x compromise's CPU time`);

// In-process, one core: warmed up on other articles, then timed once over the fresh ones.
const tagger = NerTagger.default();
const docsOf = (texts: string[]) => texts.map((t) => splitSentences(t).map((s) => tokenize(t, s.start, s.end).map((x) => x.text)));
for (const d of docsOf(warm.map((a) => a.text))) tagger.tagDocument(d);
for (const a of warm) extractArticle(a);
const freshDocs = docsOf(fresh.map((a) => a.text));
let t0 = performance.now();
for (const d of freshDocs) tagger.tagDocument(d);
const tagSeconds = (performance.now() - t0) / 1000;
const syntax = SyntaxModel.default();
for (const d of docsOf(warm.slice(0, 200).map((a) => a.text))) d.forEach((s) => syntax.parse(s));
t0 = performance.now();
for (const d of freshDocs) d.forEach((s) => syntax.parse(s));
const syntaxSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
for (const a of fresh) extractArticle(a);
const pipeSeconds = (performance.now() - t0) / 1000;
console.log(`in-process, one core, on texts not seen before (warmed up on ${warm.length} others):`);
console.log(`  NER tagger alone          ${String(Math.round(tokens / tagSeconds)).padStart(7)} tokens/s`);
console.log(`  syntax alone (tag, parse, lemmas) ${String(Math.round(tokens / syntaxSeconds)).padStart(7)} tokens/s`);
console.log(`  whole extraction pipeline ${String(Math.round(tokens / pipeSeconds)).padStart(7)} tokens/s`);
