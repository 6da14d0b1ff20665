// Trains the syntax model (tagger, parser, labeller, lemmatizer) on UD English GUM train + EWT dev,
// writes models/parse.bin and prints its figures on GUM dev (never trained on). Deterministic:
// fixed seeds and orders, so two runs write the same bytes.
//
// PARSE_HOLDOUT=1 is for choosing settings without reading GUM dev: it holds out every tenth GUM
// train document (all genres), trains on the rest, scores the held-out documents and writes the
// model to PARSE_HOLDOUT_FILE (default: a temporary file, removed after scoring), leaving models/ alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { sharedData } from './lib/shared-data.js';
import { readClusters } from './lib/ner-resources.js';
import { unlabelledCorpus } from './lib/ner-data.js';
import { buildCapitalizationStats } from '../src/extract/ner/capitalization-stats.js';
import { formatParseScore, scoreParse } from './lib/score-parse.js';
import { parseConllu, type ConlluSentence } from '../src/extract/syntax/conllu.js';
import { trainSyntax, type TaggingResult } from '../src/extract/syntax/train-syntax.js';
import { SYNTAX_MODEL_FILE, SyntaxModel, saveSyntaxModel } from '../src/extract/syntax/syntax-model.js';
import { projectRoot } from '../src/project-root.js';

const PRUNE = Number(process.env.PARSE_PRUNE ?? 1);
const HOLDOUT = process.env.PARSE_HOLDOUT === '1';
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const read = (f: string) => parseConllu(fs.readFileSync(sharedData('ud-english', f), 'utf8'));

/** Splits sentences by document ("# newdoc" lines): every tenth document is held out. */
function splitByDocument(sentences: ConlluSentence[]): [ConlluSentence[], ConlluSentence[]] {
  const kept: ConlluSentence[] = [];
  const held: ConlluSentence[] = [];
  let doc = -1;
  for (const s of sentences) {
    if (s.lines.some((l) => l.startsWith('# newdoc'))) doc++;
    (doc % 10 === 9 ? held : kept).push(s);
  }
  return [kept, held];
}

const [gumKept, gumHeld] = HOLDOUT ? splitByDocument(read('gum-train.conllu')) : [read('gum-train.conllu'), []];
const train = [...gumKept, ...read('ewt-dev.conllu')];
log(`training on ${train.length} sentences, ${train.reduce((a, s) => a + s.words.length, 0)} words`);
// PARSE_TAG_CACHE=FILE keeps the tagging step between runs while iterating on the parser.
const cacheFile = process.env.PARSE_TAG_CACHE;
const parts = trainSyntax(train, {
  parseEpochs: Number(process.env.PARSE_EPOCHS ?? 15),
  beamWidth: Number(process.env.PARSE_BEAM ?? 1),
  // Off by default: see models/README.md (parse.bin) for what the clusters and the beam measured.
  clusters: process.env.PARSE_CLUSTERS === '1' ? readClusters() : undefined,
  capitalization: process.env.PARSE_CAPS === '1' ? buildCapitalizationStats(unlabelledCorpus()) : undefined,
  log,
  tagCache: cacheFile
    ? {
        get: () => (fs.existsSync(cacheFile) ? (v8.deserialize(fs.readFileSync(cacheFile)) as TaggingResult) : undefined),
        set: (r) => fs.writeFileSync(cacheFile, v8.serialize(r)),
      }
    : undefined,
});
const keep = process.env.PARSE_HOLDOUT_FILE;
const file = HOLDOUT ? (keep ?? path.join(os.tmpdir(), `parse-holdout-${process.pid}.bin`)) : path.join(projectRoot(), 'models', SYNTAX_MODEL_FILE);
const bytes = saveSyntaxModel(file, parts, PRUNE);
log(`wrote ${file} (${(bytes / 1e6).toFixed(2)} MB)`);
const [name, evalSet] = HOLDOUT ? ['GUM train, held-out tenth', gumHeld] : ['GUM dev', read('gum-dev.conllu')];
for (const line of formatParseScore(name, scoreParse(SyntaxModel.load(file), evalSet))) log(line);
if (HOLDOUT && !keep) fs.rmSync(file);
