// npm run cv:ner: k-fold cross-validation of the NER training on CoNLL-2003 eng.train, by document.
// Folds are contiguous blocks of the file, which runs in date order, so each held-out fold is news
// of days the model did not see, as the test split is. Prints F1 per fold and epoch, and the mean
// and spread per epoch: the figure features and the epoch count are chosen on. eng.testa and the
// test split are never read.
import { parseArgs } from 'node:util';
import { readConllSplit } from './lib/ner-data.js';
import { baseResources } from './lib/ner-resources.js';
import { NER_EPOCHS, scoreNer, trainNer } from './lib/ner-trainer.js';

const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, epochs: { type: 'string', default: String(NER_EPOCHS + 4) } } });
const K = Number(values.folds);
const EPOCHS = Number(values.epochs);
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

const train = readConllSplit('eng.train');
const base = baseResources(train, log);
const perEpoch: number[][] = Array.from({ length: EPOCHS }, () => []);
const perType: Record<string, number[]> = { PER: [], LOC: [], ORG: [], MISC: [] };
for (let f = 0; f < K; f++) {
  const lo = Math.floor((f * train.length) / K);
  const hi = Math.floor(((f + 1) * train.length) / K);
  const held = train.slice(lo, hi);
  const rest = [...train.slice(0, lo), ...train.slice(hi)];
  const line: string[] = [];
  trainNer(rest, base, {
    epochs: EPOCHS,
    onEpoch: (epoch, tagger) => {
      const r = scoreNer(tagger, held);
      perEpoch[epoch - 1].push(r.overall.f1);
      line.push(r.overall.f1.toFixed(2));
      if (epoch === NER_EPOCHS) for (const t of Object.keys(perType)) perType[t].push(r.byType[t]?.f1 ?? 0);
    },
  });
  log(`fold ${f + 1}/${K} (docs ${lo}-${hi - 1}): F1 by epoch ${line.join(' ')}`);
}
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const sd = (a: number[]) => Math.sqrt(mean(a.map((x) => (x - mean(a)) ** 2)));
perEpoch.forEach((a, e) => console.log(`epoch ${String(e + 1).padStart(2)}: CV F1 ${mean(a).toFixed(2)} ± ${sd(a).toFixed(2)}${e + 1 === NER_EPOCHS ? '  <- NER_EPOCHS' : ''}`));
console.log(`at ${NER_EPOCHS} epochs by type: ${Object.entries(perType).map(([t, a]) => `${t} ${mean(a).toFixed(2)}`).join(', ')}`);
