import fs from 'node:fs';
import zlib from 'node:zlib';
import { Gazetteer } from './gazetteer.js';
import { LABEL_COUNT } from './labels.js';
import type { WordResources } from './document-view.js';
import { WeightTable } from './weight-table.js';

/** File name of the tagger model inside the model directory. */
export const NER_MODEL_FILE = 'ner.json.gz';

// Layout: one gzipped JSON. Per tagging pass, weights are sparse rows sorted by feature hash: per
// row a bitmask of the labels with a non-zero weight, then those weights as int16 multiples of
// `step`. Perceptron rows are mostly zero (an update touches two labels), so this keeps the file a
// few MB.
interface PassJson {
  step: number;
  keys: string;
  masks: string;
  values: string;
}

interface ModelJson {
  format: 'newsgraph-ner/2';
  labels: number;
  passes: PassJson[];
  clusters: Record<string, number[]>;
  capitalization: Record<string, number>;
  gazetteer: Record<string, number>;
}

/** Averaged weights of one tagging pass. */
export interface PassWeights {
  keys: Uint32Array;
  weights: Float32Array;
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function unb64<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const buf = Buffer.from(s, 'base64');
  return make(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

function encodePass({ keys, weights }: PassWeights, prune: number): PassJson {
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
  return { step, keys: b64(Uint32Array.from(outKeys)), masks: b64(Uint32Array.from(masks)), values: b64(Int16Array.from(values)) };
}

function decodePass(pass: PassJson): WeightTable {
  const keys = unb64(pass.keys, (b) => new Uint32Array(b));
  const masks = unb64(pass.masks, (b) => new Uint32Array(b));
  const values = unb64(pass.values, (b) => new Int16Array(b));
  const weights = new Float32Array(keys.length * LABEL_COUNT);
  let v = 0;
  for (let i = 0; i < keys.length; i++)
    for (let y = 0; y < LABEL_COUNT; y++) if (masks[i] & (1 << y)) weights[i * LABEL_COUNT + y] = values[v++] * pass.step;
  return new WeightTable(keys, weights);
}

/** Writes the weights of each pass and the resources, dropping weights below `prune` in magnitude; returns bytes written. */
export function saveModel(file: string, passes: PassWeights[], res: WordResources, prune: number): number {
  const json: ModelJson = {
    format: 'newsgraph-ner/2',
    labels: LABEL_COUNT,
    passes: passes.map((p) => encodePass(p, prune)),
    clusters: Object.fromEntries(res.clusters),
    capitalization: Object.fromEntries(res.capitalization),
    gazetteer: Object.fromEntries(res.gazetteer.entries),
  };
  const gz = zlib.gzipSync(JSON.stringify(json), { level: 9 });
  fs.writeFileSync(file, gz);
  return gz.length;
}

/** Reads a model written by saveModel: one weight table per tagging pass, and the resources. */
export function loadModel(file: string): { tables: WeightTable[]; resources: WordResources } {
  const json = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as ModelJson;
  if (json.format !== 'newsgraph-ner/2' || json.labels !== LABEL_COUNT) throw new Error(`${file}: not a newsgraph NER model of this version`);
  return {
    tables: json.passes.map(decodePass),
    resources: {
      clusters: new Map(Object.entries(json.clusters)),
      capitalization: new Map(Object.entries(json.capitalization)),
      gazetteer: new Gazetteer(new Map(Object.entries(json.gazetteer))),
    },
  };
}
