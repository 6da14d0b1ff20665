/**
 * npm run eval:facts — scores extractArticle against hand-annotated Reuters-21578 articles
 * (test/fixtures/reuters-facts): statements, negotiation party pairs, events.
 *
 *   node dist/scripts/eval-facts.js [--verbose] [--fixtures DIR] [--reuters DIR]
 */
import { sharedData } from './lib/shared-data.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/extract-article.js';
import { articleFromText } from '../src/ingest/article-from-text.js';
import { readReutersDir, reutersDateToIso } from '../src/ingest/read-reuters-sgml.js';
import { ArticleGraph } from '../src/model/index.js';
import { loadFactsFixtures, locateContent, type LoadedFixture } from './lib/facts-fixture.js';
import { addCounts, pct, prf, zeroCounts, type Counts } from './lib/prf.js';
import { scoreEvents, scorePairs, scoreStatements, type CategoryScore, type LocatedStatement } from './lib/score-facts.js';
import { formatTable } from './lib/table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opts } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    fixtures: { type: 'string', default: path.join(ROOT, 'test/fixtures/reuters-facts') },
    reuters: { type: 'string', default: sharedData('reuters21578') },
  },
});

const CATEGORIES = ['statements', 'statements (content only)', 'negotiation pairs', 'events'] as const;
type Category = (typeof CATEGORIES)[number];

/** Gold statements with their spans; a content that is not in the body is a bad fixture. */
function locateStatements(loaded: LoadedFixture, body: string): LocatedStatement[] {
  return loaded.fixture.statements.map((s, i) => {
    const span = locateContent(body, s.content);
    if (!span) throw new Error(`${loaded.file}: statements.${i}.content is not in the body of NEWID ${loaded.fixture.newId}`);
    return { ...s, span };
  });
}

function main(): void {
  const fixtures = loadFactsFixtures(opts.fixtures!);
  const wanted = new Set(fixtures.map((f) => f.fixture.newId));
  const docs = new Map(readReutersDir(opts.reuters!).filter((d) => wanted.has(d.newId)).map((d) => [d.newId, d]));

  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, zeroCounts()])) as Record<Category, Counts>;
  const rows: Array<Array<string | number>> = [];
  const issues: string[] = [];
  const details: string[] = [];
  let extractMs = 0;

  for (const loaded of fixtures) {
    const { fixture } = loaded;
    const doc = docs.get(fixture.newId);
    if (!doc?.body) throw new Error(`${loaded.file}: NEWID ${fixture.newId} has no body in ${opts.reuters}`);
    const gold = locateStatements(loaded, doc.body);
    const article = articleFromText(doc.body, {
      title: doc.title,
      publishedAt: reutersDateToIso(doc.date),
      source: 'Reuters',
      sourcePath: `reuters21578#${fixture.newId}`,
    });

    // A crash or a contract break in one article is reported and scored as an empty graph, so the
    // remaining articles still count.
    let graph: ArticleGraph;
    const t0 = performance.now();
    try {
      graph = extractArticle(article);
      const check = ArticleGraph.safeParse(graph);
      if (!check.success) issues.push(`${fixture.newId}: output breaks the ArticleGraph schema: ${check.error.issues[0]?.message}`);
    } catch (err) {
      issues.push(`${fixture.newId}: extractArticle threw: ${(err as Error).message}`);
      graph = { article, sentences: [], entities: [], statements: [], negotiations: [], events: [], relations: [] };
    }
    extractMs += performance.now() - t0;

    const st = scoreStatements(graph, gold);
    const pairs = scorePairs(graph, fixture.negotiationPairs);
    const events = scoreEvents(graph, fixture.events);
    const scores: Record<Category, Counts> = {
      statements: st.counts,
      'statements (content only)': st.contentOnly,
      'negotiation pairs': pairs.counts,
      events: events.counts,
    };
    for (const c of CATEGORIES) addCounts(totals[c], scores[c]);
    const cell = (c: Counts) => `${c.tp}/${c.tp + c.fp}/${c.tp + c.fn}`;
    rows.push([fixture.newId, doc.title?.slice(0, 44) ?? '', cell(st.counts), st.contentOnly.tp, cell(pairs.counts), cell(events.counts)]);

    if (opts.verbose) {
      const section = (name: string, s: CategoryScore) => [
        ...s.misses.map((m) => `  MISS ${name}: ${m}`),
        ...s.falsePositives.map((m) => `  FP   ${name}: ${m}`),
      ];
      const lines = [...section('statement', st), ...section('pair', pairs), ...section('event', events)];
      if (lines.length) details.push(`${fixture.newId} ${doc.title ?? ''}`, ...lines);
    }
  }

  console.log(`eval-facts: ${fixtures.length} gold articles from ${opts.fixtures}`);
  console.log('cells are matched/predicted/gold\n');
  console.log(formatTable(['newId', 'title', 'statements', 'content-only', 'pairs', 'events'], rows));
  console.log('');
  console.log(
    formatTable(
      ['category', 'gold', 'pred', 'tp', 'P', 'R', 'F1'],
      CATEGORIES.map((c) => {
        const t = totals[c];
        const r = prf(t);
        return [c, t.tp + t.fn, t.tp + t.fp, t.tp, pct(r.precision), pct(r.recall), pct(r.f1)];
      }),
    ),
  );
  console.log(`\nextraction: ${fixtures.length} articles in ${(extractMs / 1000).toFixed(2)} s`);
  console.log(
    'rules: statement = content overlap >= 1/2 of the shorter span + speaker name/alias/mention contains the gold ' +
      'name (persons: or its last word); pair = unordered, name/alias equality; event = type + agent or target ' +
      '(either role for meeting/agreement_signed/prisoner_exchange)',
  );
  if (issues.length) console.log(`\nissues (${issues.length}):\n  ${issues.join('\n  ')}`);
  if (opts.verbose && details.length) console.log(`\nmisses and false positives:\n${details.join('\n')}`);
}

try {
  main();
} catch (err) {
  console.error(`eval-facts: ${(err as Error).message}`);
  process.exit(1);
}
