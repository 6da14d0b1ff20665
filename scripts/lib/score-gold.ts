import { extractArticle } from '../../src/pipeline/extract-article.js';
import { ArticleGraph } from '../../src/model/index.js';
import type { GoldArticle } from './gold-articles.js';
import { addCounts, zeroCounts, type Counts } from './prf.js';
import { scoreEvents, scorePairs, scoreRelations, scoreStatements, type CategoryScore, type OverlapRule } from './score-facts.js';

/** The fact types eval:facts reports, in print order. */
export const FACT_TYPES = ['statements', 'statements (content only)', 'negotiation pairs', 'events (all participants)', 'events', 'relations'] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Counts of one view (strict or lenient) over some articles. */
export interface Tally {
  articles: number;
  counts: Record<FactType, Counts>;
  /** Content-only matches whose predicted speaker is not the gold speaker. */
  wrongSpeaker: number;
}

export const emptyTally = (): Tally => ({
  articles: 0,
  counts: Object.fromEntries(FACT_TYPES.map((t) => [t, zeroCounts()])) as Record<FactType, Counts>,
  wrongSpeaker: 0,
});

/** Adds `b` into `a` and returns `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  a.articles += b.articles;
  for (const t of FACT_TYPES) addCounts(a.counts[t], b.counts[t]);
  a.wrongSpeaker += b.wrongSpeaker;
  return a;
}

/** Share of the found contents (content-only matches) that carry the wrong speaker; 0 when none found. */
export const wrongSpeakerShare = (t: Tally): number => {
  const found = t.counts['statements (content only)'].tp;
  return found === 0 ? 0 : t.wrongSpeaker / found;
};

/** One article scored in both views, with the readable misses of the strict one for --verbose. */
export interface ArticleResult {
  gold: GoldArticle;
  strict: Tally;
  lenient: Tally;
  details: Record<'statement' | 'pair' | 'event' | 'relation', CategoryScore>;
  /** A crash or a schema break of the extractor on this article (scored as an empty graph). */
  issue: string | null;
  extractMs: number;
}

const emptyGraph = (gold: GoldArticle): ArticleGraph => ({
  article: gold.article,
  sentences: [], entities: [], statements: [], negotiations: [], events: [], relations: [],
});

/** Scores one extracted graph against its gold in one view. */
export function scoreGraph(graph: ArticleGraph, gold: GoldArticle, rule: OverlapRule): { tally: Tally; details: ArticleResult['details'] } {
  const st = scoreStatements(graph, gold.statements, rule);
  const details = {
    statement: st,
    pair: scorePairs(graph, gold.fixture.negotiationPairs),
    event: scoreEvents(graph, gold.fixture.events, true),
    relation: scoreRelations(graph, gold.fixture.relations),
  };
  const tally: Tally = {
    articles: 1,
    counts: {
      statements: st.counts,
      'statements (content only)': st.contentOnly,
      'negotiation pairs': details.pair.counts,
      'events (all participants)': details.event.counts,
      events: scoreEvents(graph, gold.fixture.events).counts,
      relations: details.relation.counts,
    },
    wrongSpeaker: st.wrongSpeaker,
  };
  return { tally, details };
}

// A crash or a contract break in one article is reported and scored as an empty graph, so the
// remaining articles still count.
/** Runs `extractArticle` on every gold article and scores it strictly and leniently. */
export function evaluateGold(golds: readonly GoldArticle[]): ArticleResult[] {
  return golds.map((gold) => {
    let graph: ArticleGraph;
    let issue: string | null = null;
    const t0 = performance.now();
    try {
      graph = extractArticle(gold.article);
      const check = ArticleGraph.safeParse(graph);
      if (!check.success) issue = `output breaks the ArticleGraph schema: ${check.error.issues[0]?.message}`;
    } catch (err) {
      issue = `extractArticle threw: ${(err as Error).message}`;
      graph = emptyGraph(gold);
    }
    const extractMs = performance.now() - t0;
    const strict = scoreGraph(graph, gold, 'longer');
    const lenient = scoreGraph(graph, gold, 'shorter');
    return { gold, strict: strict.tally, lenient: lenient.tally, details: strict.details, issue, extractMs };
  });
}

/** Sums one view over the results that pass `keep`. */
export function sumView(results: readonly ArticleResult[], view: 'strict' | 'lenient', keep: (r: ArticleResult) => boolean = () => true): Tally {
  return results.filter(keep).reduce((acc, r) => addTally(acc, r[view]), emptyTally());
}
