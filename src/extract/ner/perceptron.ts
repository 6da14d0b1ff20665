import { LABEL_COUNT } from './labels.js';

/** Anything that scores a feature vector for every label. */
export interface LabelScorer {
  /** Adds the weights of `feats[0..n)` into `scores` (length LABEL_COUNT, zeroed by the caller). */
  score(feats: Uint32Array, n: number, scores: Float64Array): void;
}

// Averaged perceptron with the lazy-averaging trick (Daumé 2006): keep w and u = sum of c * update;
// the average after c steps is w - u / c, so no per-step sweep over all weights is needed.
/** Trainable averaged perceptron over hashed features, one weight row of LABEL_COUNT per feature. */
export class AveragedPerceptron implements LabelScorer {
  private readonly rows = new Map<number, number>();
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  private used = 0;
  /** Update steps so far (the c of the averaging trick). */
  step = 1;

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const w = this.w;
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f]);
      if (r === undefined) continue;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y] += w[r + y];
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = this.used;
      this.used += LABEL_COUNT;
      if (this.used > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
      this.rows.set(key, r);
    }
    return r;
  }

  /** Moves the weights of these features for `label` by `delta`. */
  add(feats: Uint32Array, n: number, label: number, delta: number): void {
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]) + label;
      this.w[r] += delta;
      this.u[r] += delta * this.step;
    }
  }

  /** The averaged weights, rows keyed by feature hash in insertion order. */
  averaged(): { keys: Uint32Array; weights: Float32Array } {
    const keys = new Uint32Array(this.rows.size);
    const weights = new Float32Array(this.rows.size * LABEL_COUNT);
    let i = 0;
    for (const [key, r] of this.rows) {
      keys[i] = key;
      for (let y = 0; y < LABEL_COUNT; y++) weights[i * LABEL_COUNT + y] = this.w[r + y] - this.u[r + y] / this.step;
      i++;
    }
    return { keys, weights };
  }
}
