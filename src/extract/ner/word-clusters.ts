// Word clusters from unlabelled text, as Ratinov & Roth 2009 used Brown clusters: words that occur
// in the same contexts share an id, so a name never seen in training still looks like the names that
// were. Brown clustering is too slow for the training budget in plain TypeScript, so this builds
// PPMI vectors of the words at offsets -2..+2 and builds a tree of them by spherical k-means, split
// level by level (coarse to fine, like prefixes of a Brown bit path). Seeded, so the same corpus
// gives the same ids.

/** Cluster ids of a word at each granularity. */
export type ClusterIds = number[];

/** Options of buildWordClusters. */
export interface WordClusterOptions {
  /** Cluster counts, coarse to fine, each a multiple of the one before. Default [16, 64, 256, 1024, 4096]. */
  sizes?: number[];
  /** Minimum occurrences for a word to get a cluster. Default 3. */
  minCount?: number;
  /** Context words kept (most frequent lowercase forms). Default 600. */
  contextWords?: number;
  /** k-means iterations per granularity. Default 12. */
  iterations?: number;
  /** Progress sink. */
  log?: (message: string) => void;
}

function contextClass(word: string): string {
  if (/^\d/.test(word)) return '<num>';
  if (/^[A-Z]/.test(word)) return word.length > 1 && word === word.toUpperCase() ? '<CAPS>' : '<Cap>';
  if (/^[a-z]/.test(word)) return '<low>';
  return '<sym>';
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Builds clusters over sentences (or documents) of tokens; returns word -> ids coarse to fine. */
export function buildWordClusters(corpus: string[][], options: WordClusterOptions = {}): Map<string, ClusterIds> {
  const { sizes = [16, 64, 256, 1024, 4096], minCount = 3, contextWords = 600, iterations = 12, log = () => {} } = options;
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const seq of corpus)
    for (const w of seq) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
    }
  const vocab = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const wordIndex = new Map(vocab.map(([w], i) => [w, i]));
  const ctxVocab = [...lowerCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, contextWords);
  const ctxIndex = new Map<string, number>(ctxVocab.map(([w], i) => [w, i]));
  for (const c of ['<num>', '<CAPS>', '<Cap>', '<low>', '<sym>', '<s>']) ctxIndex.set(c, ctxIndex.size);
  const perOffset = ctxIndex.size;
  const dims = perOffset * 4;
  log(`clusters: ${vocab.length} words, ${dims} context dims`);

  // Co-occurrence counts keyed word*dims+ctx, in a Map because the matrix is sparse.
  const cooc = new Map<number, number>();
  const ctxOf = (seq: string[], j: number) => {
    if (j < 0 || j >= seq.length) return ctxIndex.get('<s>')!;
    const w = seq[j];
    return ctxIndex.get(w.toLowerCase()) ?? ctxIndex.get(contextClass(w))!;
  };
  for (const seq of corpus)
    for (let i = 0; i < seq.length; i++) {
      const wi = wordIndex.get(seq[i]);
      if (wi === undefined) continue;
      let slot = 0;
      for (const off of [-2, -1, 1, 2]) {
        const key = wi * dims + slot * perOffset + ctxOf(seq, i + off);
        cooc.set(key, (cooc.get(key) ?? 0) + 1);
        slot++;
      }
    }

  // PPMI weighting, then unit length: cosine is the dot product.
  const rowSum = new Float64Array(vocab.length);
  const colSum = new Float64Array(dims);
  let total = 0;
  for (const [key, c] of cooc) {
    rowSum[Math.floor(key / dims)] += c;
    colSum[key % dims] += c;
    total += c;
  }
  const rows: { idx: Int32Array; val: Float32Array }[] = vocab.map(() => ({ idx: new Int32Array(0), val: new Float32Array(0) }));
  const tmp: [number, number][][] = vocab.map(() => []);
  for (const [key, c] of cooc) {
    const w = Math.floor(key / dims);
    const d = key % dims;
    const pmi = Math.log((c * total) / (rowSum[w] * colSum[d]));
    if (pmi > 0) tmp[w].push([d, pmi]);
  }
  tmp.forEach((entries, w) => {
    entries.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const [, v] of entries) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    rows[w] = { idx: Int32Array.from(entries.map((e) => e[0])), val: Float32Array.from(entries.map((e) => e[1] / norm)) };
  });

  // A tree, as Brown clustering gives: the coarsest level by k-means over all words, each finer level
  // by splitting every cluster of the level above on its own members. Ids at each level are paths
  // (parent * branching + child), so the levels are prefixes of one another, and each split only
  // compares a word with a few centroids, which keeps thousands of fine clusters tractable.
  const result = new Map<string, ClusterIds>(vocab.map(([w]) => [w, []]));
  let parent = new Int32Array(vocab.length);
  let groups = 1;
  for (let level = 0; level < sizes.length; level++) {
    const branching = Math.max(1, Math.round(sizes[level] / groups));
    const members: number[][] = Array.from({ length: groups }, () => []);
    for (let i = 0; i < vocab.length; i++) members[parent[i]].push(i);
    const next = new Int32Array(vocab.length);
    members.forEach((list, p) => {
      const local = list.length <= branching ? list.map((_, j) => j) : kmeans(list.map((i) => rows[i]), dims, branching, iterations, 7919 + level * 100003 + p);
      list.forEach((i, j) => (next[i] = p * branching + local[j]));
    });
    parent = next;
    groups *= branching;
    vocab.forEach(([w], i) => result.get(w)!.push(next[i]));
    log(`clusters: level ${level + 1}, ${groups} clusters`);
  }
  return result;
}

function kmeans(rows: { idx: Int32Array; val: Float32Array }[], dims: number, k: number, iterations: number, seed: number): Int32Array {
  const rand = lcg(seed);
  const n = rows.length;
  const centroids = new Float32Array(k * dims);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(rand() * n);
    while (picked.has(r)) r = (r + 1) % n;
    picked.add(r);
    const { idx, val } = rows[r];
    for (let j = 0; j < idx.length; j++) centroids[c * dims + idx[j]] = val[j];
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const { idx, val } = rows[i];
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const base = c * dims;
        let s = 0;
        for (let j = 0; j < idx.length; j++) s += val[j] * centroids[base + idx[j]];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    // Spherical k-means: the new centroid is the normalised sum of its members; an empty cluster
    // keeps its old centroid.
    const sums = new Float32Array(k * dims);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const { idx, val } = rows[i];
      const base = assign[i] * dims;
      sizes[assign[i]]++;
      for (let j = 0; j < idx.length; j++) sums[base + idx[j]] += val[j];
    }
    for (let c = 0; c < k; c++) {
      if (!sizes[c]) continue;
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
    if (changed === 0) break;
  }
  return assign;
}
