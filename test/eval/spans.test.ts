import { greedyMatch } from '../../scripts/lib/greedy-match.js';
import { overlapLength, overlapRatio, overlapsEnough, spanSetLength, type SpanSet } from '../../scripts/lib/spans.js';

const s = (start: number, end: number) => ({ start, end });

describe('overlap of span sets', () => {
  const rows: Array<[string, SpanSet, SpanSet, number, number, boolean]> = [
    // name, a, b, overlap chars, ratio of shorter, enough (>= 1/2)
    ['identical', [s(0, 10)], [s(0, 10)], 10, 1, true],
    ['disjoint', [s(0, 10)], [s(10, 20)], 0, 0, false],
    ['contained', [s(2, 8)], [s(0, 100)], 6, 1, true],
    ['gold with quote marks vs content without', [s(1, 41)], [s(0, 42)], 40, 1, true],
    ['exactly half of the shorter', [s(0, 10)], [s(5, 30)], 5, 0.5, true],
    ['just under half', [s(0, 10)], [s(6, 30)], 4, 0.4, false],
    ['discontinuous gold, prediction on one fragment', [s(20, 30)], [s(0, 30), s(40, 60)], 10, 1, true],
    ['discontinuous both', [s(0, 5), s(10, 15)], [s(3, 12)], 4, 4 / 9, false],
    ['empty span never matches', [s(5, 5)], [s(0, 10)], 0, 0, false],
  ];
  it.each(rows)('%s', (_name, a, b, overlap, ratio, enough) => {
    expect(overlapLength(a, b)).toBe(overlap);
    expect(overlapLength(b, a)).toBe(overlap);
    expect(overlapRatio(a, b)).toBeCloseTo(ratio);
    expect(overlapsEnough(a, b)).toBe(enough);
  });

  it('counts every fragment in the length', () => {
    expect(spanSetLength([s(0, 5), s(10, 12)])).toBe(7);
  });
});

describe('greedyMatch', () => {
  const byDiff = (p: number, g: number) => (Math.abs(p - g) <= 2 ? 10 - Math.abs(p - g) : null);
  const rows: Array<[string, number[], number[], Array<[number, number]>, number[], number[]]> = [
    ['nothing on either side', [], [], [], [], []],
    ['no predictions', [], [1, 2], [], [], [0, 1]],
    ['exact pairs, listed in gold order on ties', [1, 5], [5, 1], [[1, 0], [0, 1]], [], []],
    ['one gold, two candidates: best wins, other is unmatched', [4, 5], [5], [[1, 0]], [0], []],
    ['one prediction, two gold: only one is taken', [5], [4, 5], [[0, 1]], [], [0]],
    ['greedy takes the best pair first', [4, 6], [5, 6], [[1, 1], [0, 0]], [], []],
    ['ties go to the earlier gold', [5], [4, 6], [[0, 0]], [], [1]],
  ];
  it.each(rows)('%s', (_name, preds, gold, pairs, unP, unG) => {
    const m = greedyMatch(preds, gold, byDiff);
    expect(m.pairs).toEqual(pairs);
    expect(m.unmatchedPredictions).toEqual(unP);
    expect(m.unmatchedGold).toEqual(unG);
  });
});
