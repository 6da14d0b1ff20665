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

  /** The averaged weights as a frozen table. */
  freeze(): FrozenWeights {
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    const weights = new Float32Array(keys.length * this.classes);
    keys.forEach((key, i) => {
      const r = this.rows.get(key)!;
      for (let y = 0; y < this.classes; y++) weights[i * this.classes + y] = this.w[r + y] - this.u[r + y] / this.step;
    });
    return new FrozenWeights(this.classes, Uint32Array.from(keys), weights);
  }
}

// Open addressing over a power-of-two table. Scoring a word is a few dozen random reads into a
// table of megabytes, so what matters is touching one cache line per feature: with few classes (the
// parser's four moves) a slot holds the key and its whole row; with many (tags, relations) it holds
// the key and where its sparse (class, weight) pairs start.
/** Read-only weights: feature hash -> row of class weights. */
export class FrozenWeights implements ClassScorer {
  private readonly mask: number;
  private readonly stride: number;
  private readonly inline: boolean;
  /** Slot p starts at p * stride: the key (bit pattern, 0 = empty), then the row or [first, end). */
  private readonly slotKeys: Int32Array;
  private readonly slotValues: Float32Array;
  private readonly pairs: Float32Array;

  constructor(readonly classes: number, readonly keys: Uint32Array, readonly weights: Float32Array) {
    let size = 1;
    // at most 0.7 full: a smaller table misses the cache less, which pays for the longer probes
    while (size < keys.length * 1.4) size <<= 1;
    this.mask = size - 1;
    this.inline = classes <= 7;
    this.stride = this.inline ? classes + 1 : 3;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.slotKeys = new Int32Array(buffer);
    this.slotValues = new Float32Array(buffer);
    let nonZero = 0;
    if (!this.inline) for (const w of weights) if (w !== 0) nonZero++;
    this.pairs = new Float32Array(nonZero * 2);
    let at = 0;
    for (let i = 0; i < keys.length; i++) {
      let p = keys[i] & this.mask;
      while (this.slotKeys[p * this.stride] !== 0) p = (p + 1) & this.mask;
      const base = p * this.stride;
      this.slotKeys[base] = keys[i] | 0;
      if (this.inline) {
        for (let y = 0; y < classes; y++) this.slotValues[base + 1 + y] = weights[i * classes + y];
        continue;
      }
      this.slotKeys[base + 1] = at;
      for (let y = 0; y < classes; y++) {
        const w = weights[i * classes + y];
        if (w === 0) continue;
        this.pairs[at++] = y;
        this.pairs[at++] = w;
      }
      this.slotKeys[base + 2] = at;
    }
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { slotKeys, slotValues, mask, stride, pairs, classes } = this;
    for (let f = 0; f < n; f++) {
      const key = feats[f] | 0;
      let p = key & mask;
      let k = slotKeys[p * stride];
      while (k !== 0 && k !== key) {
        p = (p + 1) & mask;
        k = slotKeys[p * stride];
      }
      if (k === 0) continue;
      const base = p * stride;
      if (this.inline) for (let y = 0; y < classes; y++) scores[y] += slotValues[base + 1 + y];
      else for (let a = slotKeys[base + 1], end = slotKeys[base + 2]; a < end; a += 2) scores[pairs[a]] += pairs[a + 1];
    }
  }
}

/** The best class among those `allowed` (all when omitted); ties go to the lower index. */
export function argmax(scores: Float64Array, classes: number, allowed?: (y: number) => boolean): number {
  let best = -1;
  for (let y = 0; y < classes; y++) if ((!allowed || allowed(y)) && (best < 0 || scores[y] > scores[best])) best = y;
  return best;
}
