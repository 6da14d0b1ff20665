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
  test: {
    statements: 53,
    'statements (content only)': 76,
    'negotiation pairs': 28,
    events: 21,
    relations: 46,
    maxWrongSpeaker: 32,
  },
  dev: {
    statements: 61,
    'statements (content only)': 80,
    'negotiation pairs': 63,
    events: 27,
    relations: 52,
    maxWrongSpeaker: 25,
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
