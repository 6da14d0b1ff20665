import path from 'node:path';
import type { GoldSplit } from '../../scripts/lib/facts-fixture.js';
import { loadGoldArticles } from '../../scripts/lib/gold-articles.js';
import { prf } from '../../scripts/lib/prf.js';
import { evaluateGold, sumView, wrongSpeakerShare, type FactType } from '../../scripts/lib/score-gold.js';

// The facts gold (test/fixtures/gold, README there) scored as `npm run eval:facts` scores it, strict
// view. Each floor sits just below the F1 measured when it was set (2 points under, rounded down), so
// a rule change that breaks a fact type fails here; a change that raises a figure should raise its
// floor with it. The corpora are read from ../shared/data (NEWSGRAPH_DATA), like every eval.
const FLOORS: Record<GoldSplit, Record<FactType, number> & { maxWrongSpeaker: number }> = {
  // 56 articles (BBC 22, Reuters 24, PolNeAR 10), set 2 points under the figures of 2026-12-03 15:30
  // after the parse-based roles, events, negotiation parties and speakers (issue 7): test 63.9 / 76.6
  // / 42.9 / 41.9 / 63.4, wrong speaker 16.7% (before them: 61.5 / 76.6 / 23.1 / 31.4 / 34.0, 19.8%)
  test: {
    statements: 61,
    'statements (content only)': 74,
    'negotiation pairs': 40,
    events: 39,
    relations: 61,
    maxWrongSpeaker: 19,
  },
  // dev 71.5 / 80.3 / 46.2 / 58.0 / 83.9, wrong 10.9% (before: 61.5 / 79.0 / 39.4 / 23.2 / 48.1, 22.1%).
  // The rules were chosen on dev: the gap to test (relations 84 vs 63, events 58 vs 42) is the fit.
  dev: {
    statements: 69,
    'statements (content only)': 78,
    'negotiation pairs': 44,
    events: 56,
    relations: 81,
    maxWrongSpeaker: 13,
  },
};

describe('facts gold floors (strict view, F1 in %)', () => {
  const results = evaluateGold(loadGoldArticles(path.resolve('test/fixtures/gold')));

  it('the extractor neither throws nor breaks the ArticleGraph schema on any gold article', () => {
    expect(results.flatMap((r) => (r.issue ? [`${r.gold.key}: ${r.issue}`] : []))).toEqual([]);
  });

  const rows = (Object.keys(FLOORS) as GoldSplit[]).flatMap((split) =>
    (Object.keys(FLOORS[split]) as Array<FactType | 'maxWrongSpeaker'>).map((what) => [split, what] as const),
  );
  it.each(rows)('%s: %s', (split, what) => {
    const tally = sumView(results, 'strict', (r) => r.gold.fixture.split === split);
    if (what === 'maxWrongSpeaker') {
      expect(100 * wrongSpeakerShare(tally)).toBeLessThanOrEqual(FLOORS[split].maxWrongSpeaker);
    } else {
      expect(100 * prf(tally.counts[what]).f1).toBeGreaterThanOrEqual(FLOORS[split][what]);
    }
  });
});
