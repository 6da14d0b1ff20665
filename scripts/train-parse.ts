// Trains the syntax model (tagger, parser, labeller, lemmatizer) on UD English GUM train + EWT dev,
// writes models/parse.bin and prints its figures on GUM dev (never trained on). Deterministic:
// fixed seeds and orders, so two runs write the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { sharedData } from './lib/shared-data.js';
import { formatParseScore, scoreParse } from './lib/score-parse.js';
import { parseConllu } from '../src/extract/syntax/conllu.js';
import { trainSyntax, type TaggingResult } from '../src/extract/syntax/train-syntax.js';
import { SYNTAX_MODEL_FILE, SyntaxModel, saveSyntaxModel } from '../src/extract/syntax/syntax-model.js';
import { projectRoot } from '../src/project-root.js';

const PRUNE = Number(process.env.PARSE_PRUNE ?? 1);
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const read = (f: string) => parseConllu(fs.readFileSync(sharedData('ud-english', f), 'utf8'));

const train = [...read('gum-train.conllu'), ...read('ewt-dev.conllu')];
log(`training on ${train.length} sentences, ${train.reduce((a, s) => a + s.words.length, 0)} words`);
// PARSE_TAG_CACHE=FILE keeps the tagging step between runs while iterating on the parser.
const cacheFile = process.env.PARSE_TAG_CACHE;
const parts = trainSyntax(train, {
  parseEpochs: Number(process.env.PARSE_EPOCHS ?? 15),
  log,
  tagCache: cacheFile
    ? {
        get: () => (fs.existsSync(cacheFile) ? (v8.deserialize(fs.readFileSync(cacheFile)) as TaggingResult) : undefined),
        set: (r) => fs.writeFileSync(cacheFile, v8.serialize(r)),
      }
    : undefined,
});
const file = path.join(projectRoot(), 'models', SYNTAX_MODEL_FILE);
const bytes = saveSyntaxModel(file, parts, PRUNE);
log(`wrote ${file} (${(bytes / 1e6).toFixed(2)} MB)`);
for (const line of formatParseScore('GUM dev', scoreParse(SyntaxModel.load(file), read('gum-dev.conllu')))) log(line);
