// One training run of the NER tagger on a set of CoNLL documents, shared by train-ner (all of
// eng.train) and cv-ner (k-fold by document), so cross-validation measures exactly what ships.
import type { ConllDocument } from '../../src/extract/ner/conll.js';
import { conlleval, type ConllevalResult } from '../../src/extract/ner/conlleval.js';
import { addLabelledEntities } from '../../src/extract/ner/build-gazetteer.js';
import { Gazetteer } from '../../src/extract/ner/gazetteer.js';
import { viewDocument, type DocumentView, type WordResources } from '../../src/extract/ner/document-view.js';
import { documentPredictions, type DocumentPredictions } from '../../src/extract/ner/document-predictions.js';
import type { PassWeights } from '../../src/extract/ner/model-file.js';
import { viterbiDocument } from '../../src/extract/ner/viterbi-decode.js';
import { AveragedPerceptron } from '../../src/extract/ner/perceptron.js';
import { WeightTable } from '../../src/extract/ner/weight-table.js';
import { NerTagger } from '../../src/extract/ner/tagger.js';
import { entitiesOf, goldLabels } from './ner-data.js';

/** Perceptron epochs, chosen by cross-validation on eng.train (npm run cv:ner). */
export const NER_EPOCHS = Number(process.env.NER_EPOCHS ?? 8);

// A second pass over the first pass's labels gained 0.18 F1 by cross-validation (89.36 -> 89.54)
// and 0.26 on eng.testa, and cost 47% of the tagger's speed, so the shipped model has one pass;
// NER_TWO_PASS=1 trains two.
/** Whether the tagger takes a second pass over the document. */
export const NER_TWO_PASS = (process.env.NER_TWO_PASS ?? '0') === '1';

// Viterbi over BILOU with a structured perceptron gained 1.6 F1 by cross-validation over greedy
// decoding (89.36 -> 90.98 with a beam of 4, 91.27 exact, 91.33 with 8) at about a fifth of the
// tagger's speed; 8 previous labels per token is as good as the exact search and faster.
/** Viterbi beam: previous labels kept per token (LABEL_COUNT = exact search). */
export const NER_BEAM = Number(process.env.NER_BEAM ?? 8);

/** Word statistics from unlabelled text and the sourced gazetteer, before any labelled entity is added. */
export interface BaseResources {
  clusters: Map<string, number[]>;
  capitalization: Map<string, number>;
  gazetteer: Map<string, number>;
}

/** Options of trainNer. */
export interface TrainNerOptions {
  /** Perceptron epochs of each pass. */
  epochs: number;
  /** Folds for the out-of-fold gazetteer of labelled entities and first-pass labels. Default 5. */
  folds?: number;
  /** Seed of the document shuffle. */
  seed?: number;
  /** Train a second pass over the first pass's labels. Default NER_TWO_PASS. */
  twoPass?: boolean;
  /** Called after each epoch (of the last pass) with the tagger so far. */
  onEpoch?: (epoch: number, tagger: NerTagger, errorRate: number) => void;
}

/** Result of trainNer. */
export interface TrainNerResult {
  passes: PassWeights[];
  resources: WordResources;
  tagger: NerTagger;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const table = (w: PassWeights) => WeightTable.dense(w.keys, w.weights);

function trainPass(
  views: DocumentView[],
  gold: number[][][],
  predictions: (DocumentPredictions | undefined)[],
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, weights: PassWeights, errorRate: number) => void,
): PassWeights {
  const model = new AveragedPerceptron();
  const rand = lcg(seed);
  const order = views.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const labels = viterbiDocument(views[d], model, gold[d], (f, n, y, delta) => model.add(f, n, y, delta), predictions[d], { beam: NER_BEAM });
      labels.forEach((sentence, s) => sentence.forEach((y, i) => (errors += y === gold[d][s][i] ? 0 : 1)));
      const toks = views[d].words.reduce((a, s) => a + s.length, 0);
      tokens += toks;
      model.step += toks;
    }
    onEpoch?.(epoch, model.averaged(), errors / tokens);
  }
  return model.averaged();
}

// Entities seen in labelled data go into the gazetteer; for training documents they come from the
// other folds only, so the model sees them as incomplete as they will be on new text and does not
// learn to trust them blindly. The second pass learns from first-pass labels made the same way:
// each fold tagged by a first pass trained on the other folds (a jackknife), so it learns how far
// to trust first-pass labels on text the first pass has not seen.
/** Trains the tagger on `docs`; deterministic for the same inputs and seed. */
export function trainNer(docs: ConllDocument[], base: BaseResources, options: TrainNerOptions): TrainNerResult {
  const { epochs, folds = 5, seed = 20240601, twoPass = NER_TWO_PASS, onEpoch } = options;
  const { clusters, capitalization } = base;
  const full: WordResources = { clusters, capitalization, gazetteer: new Gazetteer(addLabelledEntities(base.gazetteer, entitiesOf(docs))) };
  const foldGazetteers = Array.from({ length: folds }, (_, f) => new Gazetteer(addLabelledEntities(base.gazetteer, entitiesOf(docs.filter((_, i) => i % folds !== f)))));
  const views = docs.map((d, i) => viewDocument(d.sentences.map((s) => s.tokens), { clusters, capitalization, gazetteer: foldGazetteers[i % folds] }));
  const gold = docs.map(goldLabels);
  const none: undefined[] = [];
  if (!twoPass) {
    const report = onEpoch && ((e: number, w: PassWeights, err: number) => onEpoch(e, new NerTagger(table(w), full, undefined, NER_BEAM), err));
    const first = trainPass(views, gold, none, epochs, seed, report);
    return { passes: [first], resources: full, tagger: new NerTagger(table(first), full, undefined, NER_BEAM) };
  }
  const first = trainPass(views, gold, none, epochs, seed);
  const predictions = new Array<DocumentPredictions>(docs.length);
  for (let f = 0; f < folds; f++) {
    const { tagger } = trainNer(docs.filter((_, i) => i % folds !== f), base, { epochs, folds, seed, twoPass: false });
    docs.forEach((_, i) => {
      if (i % folds === f) predictions[i] = documentPredictions(views[i], tagger.labelView(views[i]));
    });
  }
  const report = onEpoch && ((e: number, w: PassWeights, err: number) => onEpoch(e, new NerTagger(table(first), full, table(w), NER_BEAM), err));
  const second = trainPass(views, gold, predictions, epochs, seed, report);
  return { passes: [first, second], resources: full, tagger: new NerTagger(table(first), full, table(second), NER_BEAM) };
}

/** Entity-level scores of a tagger on labelled documents (each document tagged whole). */
export function scoreNer(tagger: NerTagger, docs: ConllDocument[]): ConllevalResult {
  const predicted = docs.flatMap((d) => tagger.tagDocument(d.sentences.map((s) => s.tokens)));
  return conlleval(docs.flatMap((d) => d.sentences.map((s) => s.tags)), predicted);
}
