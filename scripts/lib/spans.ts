import type { Span } from '../../src/model/index.js';

/**
 * A possibly discontinuous stretch of text: brat writes "315 448;463 553" for a quote interrupted by
 * "said Caddell". Fragments of one set never overlap each other.
 */
export type SpanSet = readonly Span[];

/** Characters covered by the set. */
export function spanSetLength(set: SpanSet): number {
  return set.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
}

/** Characters covered by both sets. */
export function overlapLength(a: SpanSet, b: SpanSet): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** True when the sets share at least one character. */
export function overlapsAtAll(a: SpanSet, b: SpanSet): boolean {
  return overlapLength(a, b) > 0;
}

/**
 * Overlap as a share of the shorter set (0..1). The shorter one is the yardstick so that a quote cut
 * with or without its trailing "he said" clause, or a gold span with or without its quote marks,
 * still counts as the same statement.
 */
export function overlapRatio(a: SpanSet, b: SpanSet): number {
  const shorter = Math.min(spanSetLength(a), spanSetLength(b));
  return shorter === 0 ? 0 : overlapLength(a, b) / shorter;
}

/** The project's match rule for contents: overlap of at least half of the shorter span. */
export function overlapsEnough(a: SpanSet, b: SpanSet, minRatio = 0.5): boolean {
  const ratio = overlapRatio(a, b);
  return ratio > 0 && ratio >= minRatio;
}
