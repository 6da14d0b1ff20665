/** True positives, false positives, false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PrfResult {
  precision: number;
  recall: number;
  f1: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Adds `b` into `a` and returns `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

// With nothing predicted precision is reported as 0, not 1: an empty output must not look perfect
// (the stub extractor returns empty lists and should score zero everywhere).
/** Precision, recall and F1 from counts. */
export function prf(c: Counts): PrfResult {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** 0.8333 -> "83.3". */
export const pct = (x: number): string => (100 * x).toFixed(1);
