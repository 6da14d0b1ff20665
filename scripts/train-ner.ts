// npm run train:ner: trains the NER tagger on all of CoNLL-2003 eng.train with the settings chosen by
// cross-validation on eng.train (npm run cv:ner), prints eng.testa F1 after each epoch for
// information only (nothing is chosen on it), and writes models/ner.bin. Deterministic: fixed
// seeds and orders, so two runs write the same bytes. Word clusters come from models/ner-clusters.tsv.gz
// (npm run build:clusters).
import path from 'node:path';
import { NER_MODEL_FILE, saveModel } from '../src/extract/ner/model-file.js';
import { NerTagger } from '../src/extract/ner/tagger.js';
import { projectRoot } from '../src/project-root.js';
import { readConllSplit } from './lib/ner-data.js';
import { baseResources } from './lib/ner-resources.js';
import { NER_EPOCHS, scoreNer, trainNer } from './lib/ner-trainer.js';

const PRUNE = 0.05;
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

const train = readConllSplit('eng.train');
const dev = readConllSplit('eng.testa');
log(`eng.train ${train.length} docs, eng.testa ${dev.length} docs`);
const base = baseResources(train, log);
const result = trainNer(train, base, {
  epochs: NER_EPOCHS,
  onEpoch: (epoch, tagger, err) => log(`epoch ${epoch}: train errors ${(100 * err).toFixed(2)}%, eng.testa F1 ${scoreNer(tagger, dev).overall.f1.toFixed(2)}`),
});
const root = projectRoot();
const bytes = saveModel(path.join(root, 'models', NER_MODEL_FILE), result.passes, result.resources, PRUNE);
log(`wrote models/${NER_MODEL_FILE} (${(bytes / 1e6).toFixed(2)} MB)`);
log(`eng.testa F1 of the saved model: ${scoreNer(NerTagger.load(path.join(root, 'models')), dev).overall.f1.toFixed(2)}`);
