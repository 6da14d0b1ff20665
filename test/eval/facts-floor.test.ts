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
  // 56 articles (BBC 22, Reuters 24, PolNeAR 10), set 2 points under the figures of 2026-12-03 20:15,
  // after the Viterbi NER, run-together BBC quotes, the actor dictionary and the strict event view:
  // test 72.7 / 77.2 / 46.2 / 19.0 (events, all participants) / 41.3 / 65.3, wrong speaker 6.4%
  // (at 18:00: 68.2 / 75.1 / 44.4 / 16.1 / 41.9 / 63.4, 9.1%)
  test: {
    statements: 70,
    'statements (content only)': 75,
    'negotiation pairs': 44,
    'events (all participants)': 17,
    events: 39,
    relations: 63,
    maxWrongSpeaker: 8,
  },
  // dev 79.9 / 83.0 / 61.8 / 41.1 / 63.0 / 86.9, wrong 3.8% (at 18:00: 76.7 / 80.2 / 50.0 / 29.3 / 61.3 / 86.2, 4.4%).
  // The rules were chosen on dev: the gap to test (relations 87 vs 65, events 63 vs 41) is the fit.
  dev: {
    statements: 77,
    'statements (content only)': 81,
    'negotiation pairs': 59,
    'events (all participants)': 39,
    events: 61,
    relations: 84,
    maxWrongSpeaker: 5,
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
