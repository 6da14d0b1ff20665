import path from 'node:path';
import { projectRoot } from '../../project-root.js';
import type { SyntaxWord } from '../../model/syntax.js';
import { dequantize, FrozenWeights } from './class-weights.js';
import { tagWords } from './pos-tagger.js';
import { parseHeads } from './dependency-parser.js';
import { beamParseHeads } from './beam-parser.js';
import { labelArcs } from './dep-labeller.js';
import { lemmatize, type LemmaTables } from './lemmatizer.js';
import { viewWords } from './word-form.js';
import { WordClusters, type WordClusterTable } from './word-cluster-table.js';
import { readModelSections, writeModelSections, type SectionValue } from '../ner/model-sections.js';

/** File name of the syntax model inside models/. */
export const SYNTAX_MODEL_FILE = 'parse.bin';

const FORMAT = 'newsgraph-parse/3';

// Each weight table is sparse: keys sorted, per key the number of non-zero weights, their class
// indices (one byte) and values as int16 multiples of `step`; the arrays are sections of the file
// (model-sections.ts), the small parts (tag and label names, dictionary, lemma rules) its header.
/** One weight table as the file holds it. */
export interface PackedTable {
  classes: number;
  step: number;
  keys: Uint32Array;
  counts: Uint8Array;
  classIds: Uint8Array;
  values: Int16Array;
}

interface ModelMeta {
  /** Tagger classes, "UPOS|XPOS". */
  tags: string[];
  labels: string[];
  tagDictionary: Record<string, number>;
  lemmas: LemmaTables;
  tables: Record<TableName, { classes: number; step: number }>;
  // Both optional, and written only when set, so a model without them is the same file as before them.
  /** Levels per word of the cluster table (absent: no clusters). */
  clusterLevels?: number;
  /** Beam width the parser was trained for (absent: 1, greedy). */
  beamWidth?: number;
  /** Whether the file holds a capitalization table for the tagger. */
  capitalization?: boolean;
}

const TABLES = ['tagger', 'parser', 'labeller'] as const;
type TableName = (typeof TABLES)[number];

function packTable(t: FrozenWeights, prune: number): PackedTable {
  const weights = t.denseWeights();
  let maxAbs = 0;
  for (const v of weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const step = maxAbs / 32000 || 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const classIds: number[] = [];
  const values: number[] = [];
  t.keys.forEach((key, i) => {
    // A feature whose every weight is small was seen a few times in training: dropping it halves
    // the tables (and the time spent missing the cache on them) for about 0.1 point of accuracy.
    let rowMax = 0;
    for (let y = 0; y < t.classes; y++) rowMax = Math.max(rowMax, Math.abs(weights[i * t.classes + y]));
    if (rowMax < prune) return;
    let c = 0;
    for (let y = 0; y < t.classes; y++) {
      const v = weights[i * t.classes + y];
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
    keys: Uint32Array.from(keys),
    counts: Uint8Array.from(counts),
    classIds: Uint8Array.from(classIds),
    values: Int16Array.from(values),
  };
}

function unpackTable({ classes, step, keys, counts, classIds, values }: PackedTable): FrozenWeights {
  return new FrozenWeights(classes, { keys, counts, classIds, weights: dequantize(values, step) });
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
  /** Cluster ids of the words seen in unlabelled news, if the model was trained with them. */
  clusters?: WordClusterTable;
  /** Beam width the parser was trained for (default 1: greedy). */
  beamWidth?: number;
  /** Capitalization buckets of words in news (one level), if the tagger was trained with them. */
  capitalization?: WordClusterTable;
}

/** Writes a model, dropping features whose weights are all below `prune` in magnitude; returns the bytes written. */
export function saveSyntaxModel(file: string, p: SyntaxParts, prune: number): number {
  const packed = { tagger: packTable(p.tagger, prune), parser: packTable(p.parser, prune), labeller: packTable(p.labeller, prune) };
  return writeSyntaxModelFile(file, { tags: p.tags, labels: p.labels, tagDictionary: p.tagDictionary, lemmas: p.lemmas, clusterLevels: p.clusters?.levels, beamWidth: p.beamWidth !== undefined && p.beamWidth > 1 ? p.beamWidth : undefined, capitalization: p.capitalization ? true : undefined }, packed, p.clusters, p.capitalization);
}

/** Writes tables already packed (as saveSyntaxModel does, or as read from an older file); returns the bytes written. */
export function writeSyntaxModelFile(file: string, parts: Omit<ModelMeta, 'tables'>, packed: Record<TableName, PackedTable>, clusters?: WordClusterTable, capitalization?: WordClusterTable): number {
  const sections: Record<string, SectionValue> = {};
  for (const name of TABLES) {
    const t = packed[name];
    sections[`${name}.keys`] = t.keys;
    sections[`${name}.counts`] = t.counts;
    sections[`${name}.classIds`] = t.classIds;
    sections[`${name}.values`] = t.values;
  }
  if (clusters) {
    sections['clusters.keys'] = clusters.keys;
    sections['clusters.ids'] = clusters.ids;
  }
  if (capitalization) {
    sections['caps.keys'] = capitalization.keys;
    sections['caps.ids'] = capitalization.ids;
  }
  const tables = Object.fromEntries(TABLES.map((name) => [name, { classes: packed[name].classes, step: packed[name].step }])) as ModelMeta['tables'];
  const meta: ModelMeta = { tags: parts.tags, labels: parts.labels, tagDictionary: parts.tagDictionary, lemmas: parts.lemmas, tables, clusterLevels: parts.clusterLevels, beamWidth: parts.beamWidth, capitalization: parts.capitalization };
  return writeModelSections(file, FORMAT, meta, sections);
}

let cached: SyntaxModel | undefined;

/** Tagger, parser, labeller and lemmatizer together: words in, one SyntaxWord per word out. */
export class SyntaxModel {
  private readonly upos: string[];
  private readonly uposId: Int32Array;
  private readonly rootLabel: number;
  private readonly xpos: string[];
  private readonly dictionary: Map<string, number>;
  private readonly clusters?: WordClusters;
  private readonly capitalization?: WordClusters;
  /** Lemmas already found, per UPOS id: news repeats its words, and a rule lookup builds up to seven keys. */
  private readonly lemmaCache: Map<string, string>[];

  constructor(readonly parts: SyntaxParts) {
    this.upos = parts.tags.map((t) => t.slice(0, t.indexOf('|')));
    this.xpos = parts.tags.map((t) => t.slice(t.indexOf('|') + 1));
    this.lemmaCache = this.upos.map(() => new Map());
    this.uposId = Int32Array.from(this.upos, (u) => this.upos.indexOf(u));
    this.rootLabel = parts.labels.indexOf('root');
    this.dictionary = new Map(Object.entries(parts.tagDictionary));
    this.clusters = parts.clusters ? new WordClusters(parts.clusters) : undefined;
    this.capitalization = parts.capitalization ? new WordClusters(parts.capitalization) : undefined;
  }

  /** Reads a model written by saveSyntaxModel. */
  static load(file: string): SyntaxModel {
    const m = readModelSections(file, FORMAT);
    const meta = m.meta as ModelMeta;
    const table = (name: TableName) =>
      unpackTable({
        ...meta.tables[name],
        keys: m.array(`${name}.keys`, Uint32Array),
        counts: m.array(`${name}.counts`, Uint8Array),
        classIds: m.array(`${name}.classIds`, Uint8Array),
        values: m.array(`${name}.values`, Int16Array),
      });
    return new SyntaxModel({
      tags: meta.tags,
      labels: meta.labels,
      tagDictionary: meta.tagDictionary ?? {},
      tagger: table('tagger'),
      parser: table('parser'),
      labeller: table('labeller'),
      lemmas: meta.lemmas,
      beamWidth: meta.beamWidth,
      capitalization: meta.capitalization ? { levels: 1, keys: m.array('caps.keys', Uint32Array), ids: m.array('caps.ids', Int16Array) } : undefined,
      clusters: meta.clusterLevels ? { levels: meta.clusterLevels, keys: m.array('clusters.keys', Uint32Array), ids: m.array('clusters.ids', Int16Array) } : undefined,
    });
  }

  /** The model in models/, loaded once per process. */
  static default(): SyntaxModel {
    return (cached ??= SyntaxModel.load(path.join(projectRoot(), 'models', SYNTAX_MODEL_FILE)));
  }

  /** Tags, parses, labels and lemmatizes one sentence given as word forms. */
  parse(forms: string[]): SyntaxWord[] {
    if (forms.length === 0) return [];
    const v = viewWords(forms, this.clusters, this.capitalization);
    const tags = tagWords(this.parts.tagger, v, this.dictionary);
    const punctBefore = new Int32Array(forms.length + 1);
    for (let i = 0; i < forms.length; i++) punctBefore[i + 1] = punctBefore[i] + (this.upos[tags[i]] === 'PUNCT' ? 1 : 0);
    const input = { wordIds: v.wordIds, tags, coarse: tags.map((t) => this.uposId[t]), punctBefore, clusters: v.clusters };
    const width = this.parts.beamWidth ?? 1;
    const heads = singleRoot(width > 1 ? beamParseHeads(this.parts.parser, input, width) : parseHeads(this.parts.parser, input), tags, this.upos);
    const labels = labelArcs(this.parts.labeller, { wordIds: v.wordIds, tags, heads, clusters: v.clusters }, this.rootLabel);
    return forms.map((form, i) => {
      const upos = this.upos[tags[i]];
      return { upos, xpos: this.xpos[tags[i]], head: heads[i], deprel: this.parts.labels[labels[i]], lemma: this.lemma(form, tags[i]) };
    });
  }

  private lemma(form: string, tag: number): string {
    const cache = this.lemmaCache[this.uposId[tag]];
    let lemma = cache.get(form);
    if (lemma === undefined) {
      // bounded: a long-running ingest sees an open vocabulary
      if (cache.size >= 50_000) cache.clear();
      cache.set(form, (lemma = lemmatize(this.parts.lemmas, form, this.upos[tag])));
    }
    return lemma;
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
