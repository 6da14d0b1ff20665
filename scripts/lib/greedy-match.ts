/** One-to-one assignment of predictions to gold items. */
export interface MatchResult {
  /** [predictionIndex, goldIndex] pairs, best score first. */
  pairs: Array<[number, number]>;
  unmatchedPredictions: number[];
  unmatchedGold: number[];
}

/**
 * Greedy one-to-one matching: every (prediction, gold) pair with a score (null = not a match) is
 * sorted best first and taken when both sides are still free. Greedy rather than optimal (Hungarian)
 * because scores here are overlap ratios where the greedy choice is nearly always the optimal one,
 * and the result is easy to explain in a --verbose listing. Ties go to the earlier gold, then the
 * earlier prediction, so runs are deterministic.
 */
export function greedyMatch<P, G>(
  predictions: readonly P[],
  gold: readonly G[],
  score: (p: P, g: G) => number | null,
): MatchResult {
  const candidates: Array<[number, number, number]> = [];
  predictions.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const s = score(p, g);
      if (s !== null) candidates.push([pi, gi, s]);
    }),
  );
  candidates.sort((a, b) => b[2] - a[2] || a[1] - b[1] || a[0] - b[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [pi, gi] of candidates) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    pairs.push([pi, gi]);
  }
  return {
    pairs,
    unmatchedPredictions: predictions.map((_, i) => i).filter((i) => !usedP.has(i)),
    unmatchedGold: gold.map((_, i) => i).filter((i) => !usedG.has(i)),
  };
}
