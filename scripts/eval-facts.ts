/**
 * npm run eval:facts — scores extractArticle against the hand-annotated facts gold (test/fixtures/gold:
 * BBC News, Reuters-21578, PolNeAR): statements, negotiation party pairs, events and relations, per
 * split (test first, then dev) and per corpus, the strict view first and the lenient one after.
 *
 *   node dist/scripts/eval-facts.js [--verbose] [--gold DIR] [--data DIR]
 *
 * --verbose lists misses and false positives of the DEV articles only: the test split is held out,
 * nobody reads the extractor's errors on it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GoldSplit } from './lib/facts-fixture.js';
import { loadGoldArticles } from './lib/gold-articles.js';
import { pct, prf, type Counts } from './lib/prf.js';
import type { CategoryScore } from './lib/score-facts.js';
import { evaluateGold, FACT_TYPES, sumView, wrongSpeakerShare, type ArticleResult, type FactType, type Tally } from './lib/score-gold.js';
import { sharedData } from './lib/shared-data.js';
import { formatTable } from './lib/table.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: opts } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    gold: { type: 'string', default: path.join(ROOT, 'test/fixtures/gold') },
    data: { type: 'string', default: sharedData() },
  },
});

const SPLITS: readonly GoldSplit[] = ['test', 'dev'];
const STATEMENT_TYPES: readonly FactType[] = ['statements', 'statements (content only)'];
const corpusOf = (r: ArticleResult) => r.gold.fixture.source.corpus;

const prfCells = (c: Counts) => {
  const r = prf(c);
  return [c.tp + c.fn, c.tp + c.fp, c.tp, pct(r.precision), pct(r.recall), pct(r.f1)];
};

/** Rows of one split: each fact type over all corpora, then one row per corpus. */
function splitTable(results: readonly ArticleResult[], view: 'strict' | 'lenient', types: readonly FactType[]): string {
  const corpora = [...new Set(results.map(corpusOf))].sort();
  const groups: Array<[string, Tally]> = [
    ['all', sumView(results, view)],
    ...corpora.map((c): [string, Tally] => [c, sumView(results, view, (r) => corpusOf(r) === c)]),
  ];
  const rows = types.flatMap((t) => groups.map(([name, tally], i) => [i === 0 ? t : '', name, ...prfCells(tally.counts[t])]));
  const wrong = groups.map(([name, tally]) => {
    const found = tally.counts['statements (content only)'].tp;
    return `${name} ${tally.wrongSpeaker}/${found} (${pct(wrongSpeakerShare(tally))}%)`;
  });
  return [
    formatTable(['fact type', 'corpus', 'gold', 'pred', 'tp', 'P', 'R', 'F1'], rows),
    `wrong speaker among the contents found: ${wrong.join(', ')}`,
  ].join('\n');
}

function describeSplit(results: readonly ArticleResult[]): string {
  const byCorpus = new Map<string, number>();
  for (const r of results) byCorpus.set(corpusOf(r), (byCorpus.get(corpusOf(r)) ?? 0) + 1);
  return `${results.length} articles: ${[...byCorpus].sort().map(([c, n]) => `${c} ${n}`).join(', ')}`;
}

function printView(results: readonly ArticleResult[], view: 'strict' | 'lenient', types: readonly FactType[]): void {
  for (const split of SPLITS) {
    const part = results.filter((r) => r.gold.fixture.split === split);
    if (part.length === 0) continue;
    console.log(`\n-- split ${split} (${describeSplit(part)})`);
    console.log(splitTable(part, view, types));
  }
}

function main(): void {
  const golds = loadGoldArticles(opts.gold!, opts.data!);
  const results = evaluateGold(golds);

  console.log(`eval-facts: ${golds.length} gold articles from ${path.relative(process.cwd(), opts.gold!) || '.'}`);
  console.log('setup: extractArticle on each article as `kg extract` reads it (BBC/PolNeAR .txt via readTxt, Reuters BODY);');
  console.log('gold = every annotated statement, pair, event and relation; P/R/F1 in %; test split first (held out), then dev');

  console.log('\n== STRICT: content overlap >= 1/2 of the LONGER span ==');
  printView(results, 'strict', FACT_TYPES);
  console.log('\n== LENIENT: content overlap >= 1/2 of the SHORTER span (statements only: the other types score the same) ==');
  printView(results, 'lenient', STATEMENT_TYPES);

  const cell = (c: Counts) => `${c.tp}/${c.tp + c.fp}/${c.tp + c.fn}`;
  const dev = results.filter((r) => r.gold.fixture.split === 'dev');
  console.log('\n-- dev articles, strict, cells are matched/predicted/gold');
  console.log(
    formatTable(
      ['article', 'title', 'statements', 'content-only', 'pairs', 'events (all)', 'events', 'relations'],
      dev.map((r) => [r.gold.key, r.gold.fixture.title.slice(0, 36), ...FACT_TYPES.map((t) => cell(r.strict.counts[t]))]),
    ),
  );

  const ms = results.reduce((n, r) => n + r.extractMs, 0);
  console.log(`\nextraction: ${results.length} articles in ${(ms / 1000).toFixed(2)} s`);
  console.log(
    'rules: statement = content overlap (strict: >= 1/2 of the longer span; lenient: of the shorter) + a name, alias or ' +
      'capitalised mention of the predicted speaker equals or contains the gold name (persons: or its last word); ' +
      'pair = unordered, name/alias equality; event = type + every participant the gold names (events (all ' +
      'participants), the strict view; the misses listed) or at least one of them (events); either role for ' +
      'meeting/agreement_signed/prisoner_exchange; relation = type + person + of (speaker rule; SPOUSE_OF either way)',
  );
  const issues = results.flatMap((r) => (r.issue ? [`${r.gold.key}: ${r.issue}`] : []));
  if (issues.length) console.log(`\nissues (${issues.length}):\n  ${issues.join('\n  ')}`);

  if (opts.verbose) {
    const section = (name: string, s: CategoryScore) => [
      ...s.misses.map((m) => `  MISS ${name}: ${m}`),
      ...s.falsePositives.map((m) => `  FP   ${name}: ${m}`),
    ];
    console.log('\nmisses and false positives (dev only, strict):');
    for (const r of dev) {
      const lines = Object.entries(r.details).flatMap(([name, s]) => section(name, s));
      if (lines.length) console.log([`${r.gold.key} ${r.gold.fixture.title}`, ...lines].join('\n'));
    }
  }
}

try {
  main();
} catch (err) {
  console.error(`eval-facts: ${(err as Error).message}`);
  process.exit(1);
}
