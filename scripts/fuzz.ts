// npm run fuzz [-- --seed N --seconds S --case I]: feeds random and mutated inputs (the seed article
// and Reuters-21578 texts, mutated; token soup; random strings) through the readers (txt with
// datelines, JSON, JSONL, HTML, Reuters SGML) and extractArticle for a fixed time budget. A case
// that throws, breaks an invariant of the graph (fuzz-check.ts) or runs past its time bound is a
// finding: its bytes go to fuzz-findings/ and the command that reproduces it is printed. Exit 1 on
// any finding. The same seed gives the same cases; how many run depends on the machine's speed.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../src/project-root.js';
import { checkInput } from './lib/fuzz-check.js';
import { fuzzCase, type FuzzCorpus } from './lib/fuzz-inputs.js';
import { sharedData } from './lib/shared-data.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '60' },
    case: { type: 'string' },
    out: { type: 'string', default: path.join(projectRoot(), 'fuzz-findings') },
  },
});
const seed = Number(values.seed);
const seconds = Number(values.seconds);
if (!Number.isInteger(seed) || !(seconds > 0)) throw new Error('--seed must be an integer and --seconds a positive number');

// A case may take this long plus the per-megabyte allowance before it counts as a hang: extraction
// runs at about 100 kB/s on one busy shared core, so this is a bound on stuck, not on slow.
const hangMs = (bytes: number) => 30_000 + (bytes / 1e6) * 40_000;

function corpus(): FuzzCorpus {
  const texts = [fs.readFileSync(path.join(projectRoot(), 'seeds', '000_78744b9ed76b847d.txt'), 'utf8')];
  const sgmlRecords: string[] = [];
  const file = sharedData('reuters21578', 'reut2-000.sgm');
  if (fs.existsSync(file)) {
    for (const m of fs.readFileSync(file, 'latin1').matchAll(/<REUTERS[\s\S]*?<\/REUTERS>/g)) {
      if (sgmlRecords.length < 300) sgmlRecords.push(m[0]);
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[0])?.[1];
      if (body && texts.length < 300) texts.push(body.replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&#\d+;/g, ''));
    }
  } else console.log(`(no ${file}: mutating the seed article only)`);
  return { texts, sgmlRecords };
}

function saveFinding(index: number, why: string[]): void {
  const c = fuzzCase(seed, index, data);
  fs.mkdirSync(values.out!, { recursive: true });
  const base = path.join(values.out!, `seed${seed}-case${index}`);
  fs.writeFileSync(`${base}.${c.format}`, c.bytes);
  fs.writeFileSync(`${base}.why.txt`, `${c.label} (${c.bytes.length} bytes)\n${why.join('\n')}\n`);
  console.log(`FINDING case ${index} (${c.format}, ${c.label}, ${c.bytes.length} bytes): ${why[0]}`);
  console.log(`  reproduce: npm run fuzz -- --seed ${seed} --case ${index}   input: ${base}.${c.format}`);
}

const data = corpus();

if (values.case !== undefined) {
  const c = fuzzCase(seed, Number(values.case), data);
  const t0 = performance.now();
  const r = checkInput(c.format, c.bytes);
  console.log(`case ${c.index}: ${c.format}, ${c.label}, ${c.bytes.length} bytes -> ${r.articles} article(s), ${r.issues} issue(s) in ${(performance.now() - t0).toFixed(0)} ms`);
  for (const f of r.failures) console.log(`  ${f}`);
  process.exitCode = r.failures.length ? 1 : 0;
} else {
  const deadline = Date.now() + seconds * 1000;
  let next = 0;
  let articles = 0;
  let issues = 0;
  let findings = 0;
  let slowest = { index: -1, ms: 0 };
  const startWorker = () => new Worker(new URL('./lib/fuzz-worker.js', import.meta.url), { workerData: data });
  let worker = startWorker();
  while (Date.now() < deadline) {
    const index = next++;
    const bytes = fuzzCase(seed, index, data).bytes.length;
    const outcome = await new Promise<{ ms: number; articles: number; issues: number; failures: string[] } | 'hang'>((resolve) => {
      const timer = setTimeout(() => resolve('hang'), hangMs(bytes));
      worker.once('message', (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        resolve({ ms: 0, articles: 0, issues: 0, failures: [`worker died: ${e.message}`] });
      });
      worker.postMessage({ seed, index });
    });
    worker.removeAllListeners('message').removeAllListeners('error');
    if (outcome === 'hang') {
      findings++;
      saveFinding(index, [`no result within ${(hangMs(bytes) / 1000).toFixed(0)} s (hang or super-linear time)`]);
      await worker.terminate();
      worker = startWorker();
      continue;
    }
    articles += outcome.articles;
    issues += outcome.issues;
    if (outcome.ms > slowest.ms) slowest = { index, ms: outcome.ms };
    if (outcome.failures.length) {
      findings++;
      saveFinding(index, outcome.failures);
      if (outcome.failures[0].startsWith('worker died')) worker = startWorker();
    }
  }
  await worker.terminate();
  console.log(`fuzz: seed ${seed}, ${seconds} s: ${next} cases, ${articles} articles extracted, ${issues} inputs refused with an issue, ${findings} finding(s); slowest case ${slowest.index} (${(slowest.ms / 1000).toFixed(1)} s)`);
  process.exitCode = findings ? 1 : 0;
}
