import { hashEnd, hashStart, hashStr } from '../ner/feature-hash.js';

// Koo et al. (2008): prefixes of a word's path in a cluster tree built from unlabelled text give a
// parser trained on 100k words what it lacks most, statistics for words it saw rarely or never.
// The tree is the NER's (models/ner-clusters.tsv.gz, levels of 16, 64, 256, 1024 and 4096 clusters);
// the levels kept here are the 4-bit and 6-bit prefixes and the full path. The model file carries
// its own copy, so the parser does not change when the NER's clusters are rebuilt.
/** Which levels of the cluster tree the syntax features read, coarse to fine. */
export const CLUSTER_LEVELS = [0, 1, 4];

/** Cluster ids of the words a model knows: `ids[i * levels + l]` is level l of `keys[i]`. */
export interface WordClusterTable {
  levels: number;
  /** Hashes of the word forms, as `formKey` makes them, ascending. */
  keys: Uint32Array;
  ids: Int16Array;
}

/** The hash a word form is stored under. */
export function formKey(form: string): number {
  return hashEnd(hashStr(hashStart(4093), form));
}

/** Keeps `levels` of each word's cluster path, keyed by form hash. */
export function packWordClusters(clusters: ReadonlyMap<string, readonly number[]>, levels: readonly number[] = CLUSTER_LEVELS): WordClusterTable {
  const entries = [...clusters].map(([w, ids]) => [formKey(w), ids] as const).sort((a, b) => a[0] - b[0]);
  const keys = new Uint32Array(entries.length);
  const ids = new Int16Array(entries.length * levels.length);
  entries.forEach(([key, path], i) => {
    keys[i] = key;
    levels.forEach((l, j) => (ids[i * levels.length + j] = path[Math.min(l, path.length - 1)]));
  });
  return { levels: levels.length, keys, ids };
}

/** Looks words up in a WordClusterTable. */
export class WordClusters {
  private readonly index = new Map<number, number>();

  constructor(readonly table: WordClusterTable) {
    table.keys.forEach((k, i) => this.index.set(k, i));
  }

  /** Row of `form` in the table, -1 if unknown; a headline's "BRUSSELS" and a sentence's first word fall back to other casings. */
  rowOf(form: string): number {
    const exact = this.index.get(formKey(form));
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const capitalized = lower.charAt(0).toUpperCase() + lower.slice(1);
    return this.index.get(formKey(capitalized)) ?? this.index.get(formKey(lower)) ?? -1;
  }

  /** Per level, the cluster id of each word (-1 when unknown). */
  idsOf(forms: readonly string[]): Int32Array[] {
    const { levels, ids } = this.table;
    const out = Array.from({ length: levels }, () => new Int32Array(forms.length).fill(-1));
    forms.forEach((f, i) => {
      const r = this.rowOf(f);
      if (r >= 0) for (let l = 0; l < levels; l++) out[l][i] = ids[r * levels + l];
    });
    return out;
  }
}
