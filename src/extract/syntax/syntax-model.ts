import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectRoot } from '../../project-root.js';
import type { SyntaxWord } from '../../model/syntax.js';
import { FrozenWeights } from './class-weights.js';
import { tagWords } from './pos-tagger.js';
import { parseHeads } from './dependency-parser.js';
import { labelArcs } from './dep-labeller.js';
import { lemmatize, type LemmaTables } from './lemmatizer.js';
import { viewWords } from './word-form.js';

/** File name of the syntax model inside models/. */
export const SYNTAX_MODEL_FILE = 'parse.json.gz';

// Layout: one gzipped JSON. Each weight table is sparse: keys sorted and stored as differences
// (small numbers that gzip well), per key the number of non-zero weights, their class indices (one
// byte) and values as int16 multiples of `step`.
interface TableJson {
  classes: number;
  step: number;
  keys: string;
  counts: string;
  classIds: string;
  values: string;
}

interface ModelJson {
  format: 'newsgraph-parse/2';
  /** Tagger classes, "UPOS|XPOS". */
  tags: string[];
  labels: string[];
  tagDictionary: Record<string, number>;
  tagger: TableJson;
  parser: TableJson;
  labeller: TableJson;
  lemmas: LemmaTables;
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function unb64<T>(s: string, make: (b: ArrayBuffer) => T): T {
  const buf = Buffer.from(s, 'base64');
  return make(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

function packTable(t: FrozenWeights, prune: number): TableJson {
  let maxAbs = 0;
  for (const v of t.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const step = maxAbs / 32000 || 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const classIds: number[] = [];
  const values: number[] = [];
  t.keys.forEach((key, i) => {
    // A feature whose every weight is small was seen a few times in training: dropping it halves
    // the tables (and the time spent missing the cache on them) for about 0.1 point of accuracy.
    let rowMax = 0;
    for (let y = 0; y < t.classes; y++) rowMax = Math.max(rowMax, Math.abs(t.weights[i * t.classes + y]));
    if (rowMax < prune) return;
    let c = 0;
    for (let y = 0; y < t.classes; y++) {
      const v = t.weights[i * t.classes + y];
      const q = Math.round(v / step);
      if (q === 0) continue;
      classIds.push(y);
      values.push(q);
      c++;
    }
    if (c === 0) return;
    keys.push(key);
    counts.push(c);
  });
  return {
    classes: t.classes,
    step,
    keys: b64(Uint32Array.from(keys, (k, i) => (i === 0 ? k : k - keys[i - 1]))),
    counts: b64(Uint8Array.from(counts)),
    classIds: b64(Uint8Array.from(classIds)),
    values: b64(Int16Array.from(values)),
  };
}

function unpackTable(j: TableJson): FrozenWeights {
  const keys = unb64(j.keys, (b) => new Uint32Array(b));
  for (let i = 1; i < keys.length; i++) keys[i] += keys[i - 1];
  const counts = unb64(j.counts, (b) => new Uint8Array(b));
  const classIds = unb64(j.classIds, (b) => new Uint8Array(b));
  const values = unb64(j.values, (b) => new Int16Array(b));
  const weights = new Float32Array(keys.length * j.classes);
  let v = 0;
  for (let i = 0; i < keys.length; i++)
    for (let c = 0; c < counts[i]; c++, v++) weights[i * j.classes + classIds[v]] = values[v] * j.step;
  return new FrozenWeights(j.classes, keys, weights);
}

/** The trained parts, as the trainer hands them over. */
export interface SyntaxParts {
  tags: string[];
  labels: string[];
  /** Frequent unambiguous words (normal form) -> tag class. */
  tagDictionary: Record<string, number>;
  tagger: FrozenWeights;
  parser: FrozenWeights;
  labeller: FrozenWeights;
  lemmas: LemmaTables;
}

/** Writes a model, dropping features whose weights are all below `prune` in magnitude; returns the bytes written. */
export function saveSyntaxModel(file: string, p: SyntaxParts, prune: number): number {
  const json: ModelJson = {
    format: 'newsgraph-parse/2',
    tags: p.tags,
    labels: p.labels,
    tagDictionary: p.tagDictionary,
    tagger: packTable(p.tagger, prune),
    parser: packTable(p.parser, prune),
    labeller: packTable(p.labeller, prune),
    lemmas: p.lemmas,
  };
  const gz = zlib.gzipSync(JSON.stringify(json), { level: 9 });
  fs.writeFileSync(file, gz);
  return gz.length;
}

let cached: SyntaxModel | undefined;

/** Tagger, parser, labeller and lemmatizer together: words in, one SyntaxWord per word out. */
export class SyntaxModel {
  private readonly upos: string[];
  private readonly uposId: Int32Array;
  private readonly rootLabel: number;
  private readonly dictionary: Map<string, number>;

  constructor(readonly parts: SyntaxParts) {
    this.upos = parts.tags.map((t) => t.slice(0, t.indexOf('|')));
    this.uposId = Int32Array.from(this.upos, (u) => this.upos.indexOf(u));
    this.rootLabel = parts.labels.indexOf('root');
    this.dictionary = new Map(Object.entries(parts.tagDictionary));
  }

  /** Reads a model written by saveSyntaxModel. */
  static load(file: string): SyntaxModel {
    const j = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as ModelJson;
    if (j.format !== 'newsgraph-parse/2') throw new Error(`${file}: not a newsgraph syntax model of this version`);
    return new SyntaxModel({
      tags: j.tags,
      labels: j.labels,
      tagDictionary: j.tagDictionary ?? {},
      tagger: unpackTable(j.tagger),
      parser: unpackTable(j.parser),
      labeller: unpackTable(j.labeller),
      lemmas: j.lemmas,
    });
  }

  /** The model in models/, loaded once per process. */
  static default(): SyntaxModel {
    return (cached ??= SyntaxModel.load(path.join(projectRoot(), 'models', SYNTAX_MODEL_FILE)));
  }

  /** Tags, parses, labels and lemmatizes one sentence given as word forms. */
  parse(forms: string[]): SyntaxWord[] {
    if (forms.length === 0) return [];
    const v = viewWords(forms);
    const tags = tagWords(this.parts.tagger, v, this.dictionary);
    const punctBefore = new Int32Array(forms.length + 1);
    for (let i = 0; i < forms.length; i++) punctBefore[i + 1] = punctBefore[i] + (this.upos[tags[i]] === 'PUNCT' ? 1 : 0);
    const heads = singleRoot(parseHeads(this.parts.parser, { wordIds: v.wordIds, tags, coarse: tags.map((t) => this.uposId[t]), punctBefore }), tags, this.upos);
    const labels = labelArcs(this.parts.labeller, { wordIds: v.wordIds, tags, heads }, this.rootLabel);
    return forms.map((form, i) => {
      const tag = this.parts.tags[tags[i]];
      const upos = this.upos[tags[i]];
      return { upos, xpos: tag.slice(upos.length + 1), head: heads[i], deprel: this.parts.labels[labels[i]], lemma: lemmatize(this.parts.lemmas, form, upos) };
    });
  }
}

// A greedy parse can end with several words unattached; UD trees have one root. Keep the first verb
// (else the first word) among them as the root and hang the others under it.
/** Heads with exactly one root. */
export function singleRoot(heads: Int32Array, tags: Int32Array, upos: string[]): Int32Array {
  const roots: number[] = [];
  heads.forEach((h, i) => {
    if (h < 0) roots.push(i);
  });
  if (roots.length <= 1) return heads;
  const main = roots.find((r) => upos[tags[r]] === 'VERB') ?? roots.find((r) => upos[tags[r]] !== 'PUNCT') ?? roots[0];
  for (const r of roots) if (r !== main) heads[r] = main;
  return heads;
}
