// Trains the NER tagger: word statistics from Reuters-21578 bodies and CoNLL-2003 eng.train tokens,
// then an averaged perceptron on eng.train, with dev F1 on eng.testa after each epoch; writes
// models/ner.json.gz. Deterministic: fixed seeds and orders, so two runs write the same bytes.
import { sharedData } from './lib/shared-data.js';
import fs from 'node:fs';
import path from 'node:path';
import { readReutersDir } from '../src/ingest/read-reuters-sgml.js';
import { tokenize } from '../src/extract/tokenize.js';
import { parseConll, type ConllDocument } from '../src/extract/ner/conll.js';
import { chunksOf, conlleval } from '../src/extract/ner/conlleval.js';
import { buildWordClusters } from '../src/extract/ner/word-clusters.js';
import { buildCapitalizationStats } from '../src/extract/ner/capitalization-stats.js';
import { addLabelledEntities, buildBaseGazetteer } from '../src/extract/ner/build-gazetteer.js';
import { Gazetteer } from '../src/extract/ner/gazetteer.js';
import { viewDocument, type DocumentView, type WordResources } from '../src/extract/ner/document-view.js';
import { decodeDocument } from '../src/extract/ner/greedy-decode.js';
import { NER_TYPES, spansToLabels } from '../src/extract/ner/labels.js';
import { AveragedPerceptron } from '../src/extract/ner/perceptron.js';
import { WeightTable } from '../src/extract/ner/weight-table.js';
import { NER_MODEL_FILE, saveModel } from '../src/extract/ner/model-file.js';
import { NerTagger } from '../src/extract/ner/tagger.js';
import { projectRoot } from '../src/project-root.js';

const DATA = sharedData();
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const FOLDS = 5;
const PRUNE = 0.05;

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

function goldLabels(doc: ConllDocument): number[][] {
  return doc.sentences.map((s) =>
    spansToLabels(
      chunksOf(s.tags).map((c) => {
        const [a, b, type] = c.split(':');
        return [Number(a), Number(b), NER_TYPES.indexOf(type as never)] as [number, number, number];
      }),
      s.tokens.length,
    ),
  );
}

function entitiesOf(docs: ConllDocument[]): [string, number][] {
  const out: [string, number][] = [];
  for (const d of docs)
    for (const s of d.sentences)
      for (const c of chunksOf(s.tags)) {
        const [a, b, type] = c.split(':');
        out.push([s.tokens.slice(Number(a), Number(b)).join(' ').toLowerCase(), NER_TYPES.indexOf(type as never)]);
      }
  return out;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const root = projectRoot();
const train = parseConll(fs.readFileSync(path.join(DATA, 'conll2003/eng.train'), 'utf8'));
const dev = parseConll(fs.readFileSync(path.join(DATA, 'conll2003/eng.testa'), 'utf8'));
log(`eng.train ${train.length} docs, eng.testa ${dev.length} docs`);

// Unlabelled text: Reuters bodies (one token sequence per paragraph) plus the training tokens.
const reutersDir = path.join(DATA, 'reuters21578');
const corpus: string[][] = [];
for (const d of readReutersDir(reutersDir)) {
  if (!d.body) continue;
  for (const para of d.body.split(/\n\s*\n|\n {2,}/)) {
    const toks = tokenize(para).map((t) => t.text);
    if (toks.length) corpus.push(toks);
  }
}
for (const d of train) for (const s of d.sentences) corpus.push(s.tokens);
log(`unlabelled corpus: ${corpus.length} sequences, ${corpus.reduce((a, s) => a + s.length, 0)} tokens`);
const capitalization = buildCapitalizationStats(corpus);
log(`capitalization stats: ${capitalization.size} words`);
// NER_CLUSTER_CACHE (a file path) skips the slowest step while iterating on features; the cache
// holds exactly what buildWordClusters returns, so results do not change.
const cacheFile = process.env.NER_CLUSTER_CACHE;
const clusters: Map<string, number[]> =
  cacheFile && fs.existsSync(cacheFile) ? new Map(JSON.parse(fs.readFileSync(cacheFile, 'utf8'))) : buildWordClusters(corpus, { log });
if (cacheFile && !fs.existsSync(cacheFile)) fs.writeFileSync(cacheFile, JSON.stringify([...clusters]));

// Gazetteers from labelled data are built out-of-fold for training documents, so the model sees
// them as incomplete as they will be on new text and does not learn to trust them blindly.
const base = buildBaseGazetteer(root, reutersDir);
const full: WordResources = { clusters, capitalization, gazetteer: new Gazetteer(addLabelledEntities(base, entitiesOf(train))) };
const foldGazetteers = Array.from({ length: FOLDS }, (_, f) => new Gazetteer(addLabelledEntities(base, entitiesOf(train.filter((_, i) => i % FOLDS !== f)))));
const trainViews: DocumentView[] = train.map((d, i) =>
  viewDocument(d.sentences.map((s) => s.tokens), { clusters, capitalization, gazetteer: foldGazetteers[i % FOLDS] }),
);
const trainGold = train.map(goldLabels);
const devViews = dev.map((d) => viewDocument(d.sentences.map((s) => s.tokens), full));
const devGold = dev.flatMap((d) => d.sentences.map((s) => s.tags));
log(`gazetteer: ${full.gazetteer.entries.size} phrases; views ready`);

function devF1(tagger: NerTagger): number {
  const predicted = devViews.flatMap((v) => tagger.tagLabels(v));
  return conlleval(devGold, predicted).overall.f1;
}

const model = new AveragedPerceptron();
const rand = lcg(20240601);
const order = train.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  let errors = 0;
  let tokens = 0;
  for (const d of order) {
    decodeDocument(trainViews[d], model, trainGold[d], (feats, n, gold, guess) => {
      model.update(feats, n, gold, guess);
      errors++;
    });
    const toks = trainViews[d].words.reduce((a, s) => a + s.length, 0);
    tokens += toks;
    model.step += toks;
  }
  const { keys, weights } = model.averaged();
  const f1 = devF1(new NerTagger(new WeightTable(keys, weights), full));
  log(`epoch ${epoch}: train errors ${(100 * errors / tokens).toFixed(2)}%, rows ${keys.length}, dev F1 ${f1.toFixed(2)}`);
}

fs.mkdirSync(path.join(root, 'models'), { recursive: true });
const { keys, weights } = model.averaged();
const bytes = saveModel(path.join(root, 'models', NER_MODEL_FILE), keys, weights, full, PRUNE);
log(`wrote models/${NER_MODEL_FILE} (${(bytes / 1e6).toFixed(2)} MB)`);
const reloaded = NerTagger.load(path.join(root, 'models'));
log(`dev F1 of the saved model: ${devF1(reloaded).toFixed(2)}`);
