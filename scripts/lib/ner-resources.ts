// The resources every NER training run starts from: word clusters (built once by
// `npm run build:clusters` into models/), capitalization statistics and the sourced gazetteer.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ConllDocument } from '../../src/extract/ner/conll.js';
import { buildCapitalizationStats } from '../../src/extract/ner/capitalization-stats.js';
import { buildBaseGazetteer } from '../../src/extract/ner/build-gazetteer.js';
import { projectRoot } from '../../src/project-root.js';
import { unlabelledCorpus } from './ner-data.js';
import type { BaseResources } from './ner-trainer.js';
import { sharedData } from './shared-data.js';

/** The cluster file written by build-ner-clusters: one "word<TAB>id,id,id" line per word. */
export const CLUSTER_FILE = path.join(projectRoot(), 'models', 'ner-clusters.tsv.gz');

/** Reads the cluster file. */
export function readClusters(file = CLUSTER_FILE): Map<string, number[]> {
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run npm run build:clusters`);
  const out = new Map<string, number[]>();
  for (const line of zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1).split(',').map(Number));
  }
  return out;
}

/** Writes the cluster file (sorted by word, so the bytes depend only on the clusters). */
export function writeClusters(clusters: Map<string, number[]>, file = CLUSTER_FILE): number {
  const lines = [...clusters].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, ids]) => `${w}\t${ids.join(',')}`);
  const gz = zlib.gzipSync(lines.join('\n') + '\n', { level: 9 });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, gz);
  return gz.length;
}

/** Clusters from the committed file, capitalization statistics and the sourced gazetteer. */
export function baseResources(train: ConllDocument[], log: (m: string) => void = () => {}): BaseResources {
  const corpus = unlabelledCorpus();
  for (const d of train) for (const s of d.sentences) corpus.push(s.tokens);
  const capitalization = buildCapitalizationStats(corpus);
  const clusters = readClusters();
  const gazetteer = buildBaseGazetteer(projectRoot(), sharedData('reuters21578'));
  log(`resources: ${corpus.length} unlabelled sequences, ${capitalization.size} capitalization stats, ${clusters.size} clustered words, ${gazetteer.size} gazetteer phrases`);
  return { clusters, capitalization, gazetteer };
}
