/** Scores hashed features for `classes` outcomes: trainable (AveragedWeights) or frozen (FrozenWeights). */
export interface ClassScorer {
  readonly classes: number;
  /** Adds the weights of `feats[0..n)` into `scores` (zeroed by the caller). */
  score(feats: Uint32Array, n: number, scores: Float64Array): void;
}

// The NER perceptron is fixed to its label count; the tagger, the transition classifier and the
// labeller each have their own number of outcomes, so this one takes it as a parameter. Same lazy
// averaging (Daumé 2006): keep w and u = sum of step * update; the average is w - u / step.
/** Trainable averaged perceptron over hashed features, one dense row of `classes` weights per feature. */
export class AveragedWeights implements ClassScorer {
  private readonly rows = new Map<number, number>();
  private w: Float64Array;
  private u: Float64Array;
  private used = 0;
  /** Update steps so far. */
  step = 1;

  constructor(readonly classes: number) {
    this.w = new Float64Array(classes * 4096);
    this.u = new Float64Array(classes * 4096);
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { w, classes } = this;
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      for (let y = 0; y < classes; y++) scores[y] += w[r + y];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r !== undefined) return r;
    r = this.used;
    this.used += this.classes;
    if (this.used > this.w.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.u = grow(this.u);
    }
    this.rows.set(key, r);
    return r;
  }

  /** Moves weights toward `gold` and away from `guess`. */
  update(feats: Uint32Array, n: number, gold: number, guess: number): void {
    if (gold === guess) return;
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]);
      this.w[r + gold] += 1;
      this.u[r + gold] += this.step;
      this.w[r + guess] -= 1;
      this.u[r + guess] -= this.step;
    }
  }

  /** Adds `delta` to the weight of class `y` for every feature: the two sides of a structured update. */
  add(feats: Uint32Array, n: number, y: number, delta: number): void {
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]);
      this.w[r + y] += delta;
      this.u[r + y] += delta * this.step;
    }
  }

  /** The averaged weights as a frozen table. */
  freeze(): FrozenWeights {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const weights = new Float32Array(keys.length * this.classes);
    keys.forEach((key, i) => {
      const r = this.rows.get(key)!;
      for (let y = 0; y < this.classes; y++) weights[i * this.classes + y] = this.w[r + y] - this.u[r + y] / this.step;
    });
    return FrozenWeights.fromDense(this.classes, Uint32Array.from(keys), weights);
  }
}

// Open addressing over a power-of-two table. Scoring a word is a few dozen random reads into a
// table of megabytes, so what matters is how many cache lines a lookup touches. The keys sit alone
// in a dense array (16 to a cache line): the two or three probes of a lookup, and every lookup of a
// feature the model does not have (a third of them), stay on one line of a table small enough to
// stay in cache. Only a hit reads the weights: with few classes (the parser's four moves) the
// whole row, with many (tags, relations) its sparse (class, weight) pairs.
/** Rows of weights without their zeros: row i has counts[i] (class, weight) pairs, classes ascending. */
export interface SparseRows {
  keys: Uint32Array;
  counts: Uint8Array;
  classIds: Uint8Array;
  weights: Float32Array;
}

/** Weights stored as int16 multiples of `step`, as float32 (the same numbers a dense table held). */
export function dequantize(values: Int16Array, step: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] * step;
  return out;
}

/** The non-zero weights of dense rows (row i at weights[i * classes]). */
export function sparseRows(classes: number, keys: Uint32Array, weights: Float32Array): SparseRows {
  let nonZero = 0;
  for (const w of weights) if (w !== 0) nonZero++;
  const out: SparseRows = { keys, counts: new Uint8Array(keys.length), classIds: new Uint8Array(nonZero), weights: new Float32Array(nonZero) };
  let v = 0;
  for (let i = 0; i < keys.length; i++)
    for (let y = 0; y < classes; y++) {
      const w = weights[i * classes + y];
      if (w === 0) continue;
      out.counts[i]++;
      out.classIds[v] = y;
      out.weights[v++] = w;
    }
  return out;
}

/** Read-only weights: feature hash -> row of class weights. */
export class FrozenWeights implements ClassScorer {
  private readonly mask: number;
  private readonly inline: boolean;
  /** Key of each slot (bit pattern, 0 = empty). */
  private readonly slotKeys: Int32Array;
  /** Inline: the row of slot p at p * classes. */
  private readonly rowWeights: Float32Array;
  /** Sparse: the pairs of slot p are pairs[ranges[2p]..ranges[2p + 1]). */
  private readonly ranges: Int32Array;
  private readonly pairs: Float32Array;

  /** Dense rows, as training makes them. */
  static fromDense(classes: number, keys: Uint32Array, weights: Float32Array): FrozenWeights {
    return new FrozenWeights(classes, sparseRows(classes, keys, weights));
  }

  // Built from the sparse rows a model file holds, the table costs a pass over its non-zero weights
  // at load, not one over every (feature, class) cell.
  constructor(readonly classes: number, readonly rows: SparseRows) {
    const { keys, counts, classIds, weights } = rows;
    let size = 1;
    // at most 0.7 full: a smaller table misses the cache less, which pays for the longer probes
    while (size < keys.length * 1.4) size <<= 1;
    this.mask = size - 1;
    this.inline = classes <= 7;
    this.slotKeys = new Int32Array(size);
    this.rowWeights = new Float32Array(this.inline ? size * classes : 0);
    this.ranges = new Int32Array(this.inline ? 0 : size * 2);
    this.pairs = new Float32Array(this.inline ? 0 : weights.length * 2);
    let at = 0;
    for (let i = 0, v = 0; i < keys.length; i++) {
      let p = keys[i] & this.mask;
      while (this.slotKeys[p] !== 0) p = (p + 1) & this.mask;
      this.slotKeys[p] = keys[i] | 0;
      if (this.inline) {
        for (let c = 0; c < counts[i]; c++, v++) this.rowWeights[p * classes + classIds[v]] = weights[v];
        continue;
      }
      this.ranges[2 * p] = at;
      for (let c = 0; c < counts[i]; c++, v++) {
        this.pairs[at++] = classIds[v];
        this.pairs[at++] = weights[v];
      }
      this.ranges[2 * p + 1] = at;
    }
  }

  /** Feature hashes, one per row. */
  get keys(): Uint32Array {
    return this.rows.keys;
  }

  /** The rows dense again (row i at [i * classes]), zeros included: a new array per call, for writing a model. */
  denseWeights(): Float32Array {
    const { keys, counts, classIds, weights } = this.rows;
    const dense = new Float32Array(keys.length * this.classes);
    for (let i = 0, v = 0; i < keys.length; i++) for (let c = 0; c < counts[i]; c++, v++) dense[i * this.classes + classIds[v]] = weights[v];
    return dense;
  }

  /** The slot of a feature hash, -1 if the model has no weights for it. */
  private slot(key: number): number {
    const { slotKeys, mask } = this;
    let p = key & mask;
    let k = slotKeys[p];
    while (k !== 0 && k !== key) {
      p = (p + 1) & mask;
      k = slotKeys[p];
    }
    return k === 0 ? -1 : p;
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { rowWeights, ranges, pairs, classes, inline } = this;
    for (let f = 0; f < n; f++) {
      const p = this.slot(feats[f] | 0);
      if (p < 0) continue;
      if (inline) for (let y = 0, r = p * classes; y < classes; y++) scores[y] += rowWeights[r + y];
      else for (let a = ranges[2 * p], end = ranges[2 * p + 1]; a < end; a += 2) scores[pairs[a]] += pairs[a + 1];
    }
  }
}

/** The best class among those `allowed` (all when omitted); ties go to the lower index. */
export function argmax(scores: Float64Array, classes: number, allowed?: (y: number) => boolean): number {
  let best = -1;
  for (let y = 0; y < classes; y++) if ((!allowed || allowed(y)) && (best < 0 || scores[y] > scores[best])) best = y;
  return best;
}
