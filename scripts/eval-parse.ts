// Scores the committed syntax model on UD English GUM dev (default) or another CoNLL-U file: UPOS
// accuracy, UAS, LAS (full and universal labels), lemma accuracy and words/s, gold tokenization.
// The machine is shared, so speed is also given against an anchor timed in the same run: the NER
// tagger over the same words.
import fs from 'node:fs';
import { sharedData } from './lib/shared-data.js';
import { formatParseScore, scoreParse } from './lib/score-parse.js';
import { parseConllu } from '../src/extract/syntax/conllu.js';
import { SyntaxModel } from '../src/extract/syntax/syntax-model.js';
import { NerTagger } from '../src/extract/ner/tagger.js';

const file = process.argv[2] ?? sharedData('ud-english', 'gum-dev.conllu');
const t0 = Date.now();
const model = SyntaxModel.default();
const loadMs = Date.now() - t0;
const sentences = parseConllu(fs.readFileSync(file, 'utf8'));
const score = scoreParse(model, sentences);
for (const line of formatParseScore(file, score)) console.log(line);
const ner = NerTagger.default();
const forms = sentences.map((s) => s.words.map((w) => w.form));
ner.tagDocument(forms);
const t1 = process.hrtime.bigint();
ner.tagDocument(forms);
const nerSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(`anchor, same run: NER tagger ${Math.round(score.words / nerSeconds)} words/s; syntax/NER speed ratio ${(nerSeconds / score.seconds).toFixed(2)}`);
console.log(`model load ${loadMs} ms`);
