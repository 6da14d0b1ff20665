import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import type { WordResources } from './document-view.js';
import { WeightTable } from './weight-table.js';
import { dequantize } from '../syntax/class-weights.js';
import { readModelSections, writeModelSections, type SectionValue } from './model-sections.js';

/** File name of the tagger model inside the model directory. */
export const NER_MODEL_FILE = 'ner.bin';

const FORMAT = 'newsgraph-ner/3';

// Per tagging pass, weights are sparse rows sorted by feature hash: per row a bitmask of the labels
// with a non-zero weight, then those weights as int16 multiples of `step`. Perceptron rows are
// mostly zero (an update touches two labels), so this keeps the file a few MB. The word resources
// are line sections (keys) beside typed arrays (values), in the order a JSON object would give them.
/** One pass's weights as the file holds them. */
export interface PassArrays {
  step: number;
  keys: Uint32Array;
  masks: Uint32Array;
  values: Int16Array;
}

interface ModelMeta {
  labels: number;
  steps: number[];
}

/** Averaged weights of one tagging pass. */
export interface PassWeights {
  keys: Uint32Array;
  weights: Float32Array;
}

function encodePass({ keys, weights }: PassWeights, prune: number): PassArrays {
  let maxAbs = 0;
  for (const v of weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const step = maxAbs / 32000 || 1;
  const order = [...keys.keys()].sort((a, b) => keys[a] - keys[b]);
  const outKeys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const i of order) {
    let mask = 0;
    const row: number[] = [];
    for (let y = 0; y < LABEL_COUNT; y++) {
      const q = Math.round(weights[i * LABEL_COUNT + y] / step);
      if (Math.abs(weights[i * LABEL_COUNT + y]) >= prune && q !== 0) {
        mask |= 1 << y;
        row.push(q);
      }
    }
    if (!mask) continue;
    outKeys.push(keys[i]);
    masks.push(mask);
    values.push(...row);
  }
  return { step, keys: Uint32Array.from(outKeys), masks: Uint32Array.from(masks), values: Int16Array.from(values) };
}

// The file keeps a bitmask of labels per row (17 labels fit one word); the table wants their indices.
function decodePass({ step, keys, masks, values }: PassArrays): WeightTable {
  const counts = new Uint8Array(keys.length);
  const classIds = new Uint8Array(values.length);
  for (let i = 0, v = 0; i < keys.length; i++)
    for (let y = 0; y < LABEL_COUNT; y++)
      if (masks[i] & (1 << y)) {
        counts[i]++;
        classIds[v++] = y;
      }
  return new WeightTable(LABEL_COUNT, { keys, counts, classIds, weights: dequantize(values, step) });
}

// A JSON object lists integer-like keys first, ascending, then the others in insertion order; the
// model files were JSON once, and the maps keep that order so that nothing reading them changes.
function objectOrder<V>(m: Map<string, V>): Array<[string, V]> {
  return Object.entries(Object.fromEntries(m));
}

/** Writes the weights of each pass and the resources, dropping weights below `prune` in magnitude; returns bytes written. */
export function saveModel(file: string, passes: PassWeights[], res: WordResources, prune: number): number {
  return writeModelFile(file, passes.map((p) => encodePass(p, prune)), res);
}

/** Writes passes already quantized (as saveModel does, or as read from an older file) and the resources; returns bytes written. */
export function writeModelFile(file: string, passes: PassArrays[], res: WordResources): number {
  const sections: Record<string, SectionValue> = {};
  passes.forEach((p, i) => {
    sections[`pass${i}.keys`] = p.keys;
    sections[`pass${i}.masks`] = p.masks;
    sections[`pass${i}.values`] = p.values;
  });
  const clusters = objectOrder(res.clusters);
  sections['clusters.words'] = clusters.map(([w]) => w);
  sections['clusters.counts'] = Uint8Array.from(clusters, ([, ids]) => ids.length);
  sections['clusters.ids'] = Int32Array.from(clusters.flatMap(([, ids]) => ids));
  const caps = objectOrder(res.capitalization);
  sections['capitalization.words'] = caps.map(([w]) => w);
  sections['capitalization.buckets'] = Int32Array.from(caps, ([, b]) => b);
  const gaz = objectOrder(res.gazetteer.entries);
  sections['gazetteer.phrases'] = gaz.map(([w]) => w);
  sections['gazetteer.masks'] = Uint32Array.from(gaz, ([, m]) => m);
  const meta: ModelMeta = { labels: LABEL_COUNT, steps: passes.map((p) => p.step) };
  return writeModelSections(file, FORMAT, meta, sections);
}

/** Reads a model written by saveModel: one weight table per tagging pass, and the resources. */
export function loadModel(file: string): { tables: WeightTable[]; resources: WordResources } {
  const m = readModelSections(file, FORMAT);
  const meta = m.meta as ModelMeta;
  if (meta.labels !== LABEL_COUNT) throw new Error(`${file}: not a newsgraph NER model of this version`);
  const passes = meta.steps.map((step, i) => ({ step, keys: m.array(`pass${i}.keys`, Uint32Array), masks: m.array(`pass${i}.masks`, Uint32Array), values: m.array(`pass${i}.values`, Int16Array) }));
  const clusters = new Map<string, number[]>();
  const counts = m.array('clusters.counts', Uint8Array);
  const ids = m.array('clusters.ids', Int32Array);
  let at = 0;
  m.lines('clusters.words').forEach((w, i) => {
    clusters.set(w, Array.from(ids.subarray(at, at + counts[i])));
    at += counts[i];
  });
  const buckets = m.array('capitalization.buckets', Int32Array);
  const masks = m.array('gazetteer.masks', Uint32Array);
  return {
    tables: passes.map(decodePass),
    resources: {
      clusters,
      capitalization: new Map(m.lines('capitalization.words').map((w, i) => [w, buckets[i]])),
      gazetteer: new Gazetteer(new Map(m.lines('gazetteer.phrases').map((p, i) => [p, masks[i]]))),
    },
  };
}
