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
  // 56 articles (BBC 22, Reuters 24, PolNeAR 10), set 2 points under the figures of 2026-12-03 18:00
  // after unattributed reported speech was dropped, names stopped at prose and particles, agreements
  // came from talks and company ids lost their legal form: test 68.2 / 75.1 / 44.4 / 41.9 / 63.4,
  // wrong speaker 9.1% (at 15:30: 63.9 / 76.6 / 42.9 / 41.9 / 63.4, 16.7%)
  test: {
    statements: 66,
    'statements (content only)': 73,
    'negotiation pairs': 42,
    'events (all participants)': 14,
    events: 39,
    relations: 61,
    maxWrongSpeaker: 11,
  },
  // dev 76.7 / 80.2 / 50.0 / 61.3 / 86.2, wrong 4.4% (at 15:30: 71.8 / 80.3 / 46.2 / 60.0 / 85.1, 10.5%).
  // The rules were chosen on dev: the gap to test (relations 86 vs 63, events 61 vs 42) is the fit.
  dev: {
    statements: 74,
    'statements (content only)': 78,
    'negotiation pairs': 48,
    'events (all participants)': 27,
    events: 59,
    relations: 84,
    maxWrongSpeaker: 6,
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
