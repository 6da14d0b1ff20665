// npm run build:clusters: word clusters for the NER tagger from unlabelled news (Reuters-21578
// bodies, BBC News 2004-05, PolNeAR train/dev texts) plus the CoNLL-2003 eng.train tokens, written to
// models/ner-clusters.tsv.gz. Deterministic (seeded k-means, sorted inputs); train:ner reads the file.
import { buildWordClusters } from '../src/extract/ner/word-clusters.js';
import { readConllSplit, unlabelledCorpus } from './lib/ner-data.js';
import { CLUSTER_FILE, writeClusters } from './lib/ner-resources.js';

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const corpus = unlabelledCorpus();
for (const d of readConllSplit('eng.train')) for (const s of d.sentences) corpus.push(s.tokens);
log(`corpus: ${corpus.length} sequences, ${corpus.reduce((a, s) => a + s.length, 0)} tokens`);
const clusters = buildWordClusters(corpus, { log });
const bytes = writeClusters(clusters);
log(`wrote ${CLUSTER_FILE}: ${clusters.size} words (${(bytes / 1e6).toFixed(2)} MB)`);
