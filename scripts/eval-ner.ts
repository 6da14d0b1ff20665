// Scores the committed NER model on a CoNLL file (default eng.testa): the tagger sees only the
// tokens; per-type and overall entity-level precision/recall/F1 as conlleval counts them, and speed:
// the tagger alone on that file, then the tagger alone and the whole extraction pipeline on the
// same Reuters-21578 articles (--articles N, default 500), on one core (this process).
import { sharedData } from './lib/shared-data.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/pipeline/extract-article.js';
import { splitSentences } from '../src/extract/sentences.js';
import { tokenize } from '../src/extract/tokenize.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { parseConll } from '../src/extract/ner/conll.js';
import { conlleval, type ChunkScore } from '../src/extract/ner/conlleval.js';
import { NerTagger } from '../src/extract/ner/tagger.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { articles: { type: 'string', default: '500' } } });
const file = positionals[0] ?? sharedData('conll2003', 'eng.testa');
let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (e) {
  console.error(`eval-ner: cannot read ${file}: ${(e as Error).message}`);
  process.exit(1);
}
const docs = parseConll(text);
const tLoad = Date.now();
const tagger = NerTagger.load();
const loadMs = Date.now() - tLoad;

const sentences = docs.map((d) => d.sentences.map((s) => s.tokens));
const tokens = sentences.flat(2).length;
// The first pass includes JIT warm-up; the second is the steady speed of a long-running process.
const time = () => {
  const t0 = process.hrtime.bigint();
  const tags = sentences.flatMap((doc) => tagger.tagDocument(doc));
  return { tags, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
};
const first = time();
const { tags: predicted, seconds } = time();
const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
const result = conlleval(gold, predicted);

const row = (name: string, s: ChunkScore) =>
  `${name.padEnd(8)} precision ${s.precision.toFixed(2).padStart(6)}  recall ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (${s.correct}/${s.guessed} guessed, ${s.gold} gold)`;
console.log(`${file}: ${docs.length} documents, ${gold.length} sentences, ${tokens} tokens`);
for (const type of ['PER', 'LOC', 'ORG', 'MISC']) if (result.byType[type]) console.log(row(type, result.byType[type]));
console.log(row('overall', result.overall));
console.log(`tagger: ${Math.round(tokens / seconds)} tokens/s warm (${Math.round(tokens / first.seconds)} tokens/s on the first, cold pass), model load ${loadMs} ms`);

// Inside the pipeline: the share of extraction time the tagger takes on real articles.
const articles = reutersArticles(sharedData('reuters21578'), Number(values.articles));
const docs2 = articles.map((a) => splitSentences(a.text).map((x) => tokenize(a.text, x.start, x.end).map((t) => t.text)));
const tokens2 = docs2.reduce((n, d) => n + d.reduce((m, x) => m + x.length, 0), 0);
// CPU seconds of this process as well as wall seconds: on a machine shared with other jobs the CPU
// time is the steadier figure (the wall time includes the time other processes held the core).
const timed = (run: () => void) => {
  run();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6 };
};
const tag = timed(() => docs2.forEach((d) => tagger.tagDocument(d)));
const pipe = timed(() => articles.forEach((a) => extractArticle(a)));
const rate = (t: { wall: number; cpu: number }) => `${Math.round(tokens2 / t.wall)} tokens/s (${Math.round(tokens2 / t.cpu)} per CPU second)`;
console.log(`Reuters-21578, ${articles.length} articles, ${tokens2} tokens, one core:`);
console.log(`  tagger alone    ${rate(tag)}`);
console.log(`  whole pipeline  ${rate(pipe)}; the tagger takes ${((100 * tag.cpu) / pipe.cpu).toFixed(0)}% of its CPU time`);
