// How often a word is capitalized where capitals are not forced (not sentence-initial, not in an
// all-caps line). "Rather" opening a sentence looks like a name; "rather" is lowercase in running
// text almost always, and this statistic says so. Counted over unlabelled text.

/** Number of buckets of the capitalized ratio (0 = never capitalized ... 5 = always). */
export const CAP_BUCKETS = 6;

const INITIAL_AFTER = new Set(['.', '!', '?', ':', '"', '``', "''", '(', '-', '--', ';']);

/** Whether a token is sentence-initial in effect: first, or right after sentence punctuation. */
export function isInitialPosition(seq: string[], i: number): boolean {
  return i === 0 || INITIAL_AFTER.has(seq[i - 1]);
}

/** Whether a token sequence is written in capitals (a headline): no lowercase letter in any word. */
export function isCapsSequence(seq: string[]): boolean {
  let letters = 0;
  for (const w of seq) {
    if (/[a-z]/.test(w)) return false;
    if (/[A-Z]/.test(w)) letters++;
  }
  return letters > 0;
}

/** Builds lowercase word -> bucket of P(capitalized | free position), for words seen `minCount` times. */
export function buildCapitalizationStats(corpus: string[][], minCount = 3): Map<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const seq of corpus) {
    if (isCapsSequence(seq)) continue;
    for (let i = 0; i < seq.length; i++) {
      const w = seq[i];
      const c0 = w.charCodeAt(0);
      const lowerStart = c0 >= 97 && c0 <= 122;
      const upperStart = c0 >= 65 && c0 <= 90;
      if ((!lowerStart && !upperStart) || isInitialPosition(seq, i)) continue;
      const key = w.toLowerCase();
      const e = seen.get(key) ?? [0, 0];
      e[0]++;
      if (upperStart) e[1]++;
      seen.set(key, e);
    }
  }
  const stats = new Map<string, number>();
  for (const [w, [n, cap]] of seen) if (n >= minCount) stats.set(w, Math.min(CAP_BUCKETS - 1, Math.floor((cap / n) * (CAP_BUCKETS - 1) + 0.5)));
  return stats;
}
