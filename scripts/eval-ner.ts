// Scores the committed NER model on a CoNLL file (default eng.testa): the tagger sees only the
// tokens; per-type and overall entity-level precision/recall/F1 as conlleval counts them, and speed.
import { sharedData } from './lib/shared-data.js';
import fs from 'node:fs';
import { parseConll } from '../src/extract/ner/conll.js';
import { conlleval, type ChunkScore } from '../src/extract/ner/conlleval.js';
import { NerTagger } from '../src/extract/ner/tagger.js';

const file = process.argv[2] ?? sharedData('conll2003', 'eng.testa');
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
