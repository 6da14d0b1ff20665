/**
 * npm run eval:quotes — scores extractArticle's statements against PolNeAR dev attributions:
 * content P/R/F1 and speaker accuracy, for all attributions, speech cues only, and direct quotes.
 *
 *   node dist/scripts/eval-quotes.js [--dir .../polnear/dev] [--limit N]
 */
import { sharedData } from './lib/shared-data.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/extract-article.js';
import { articleFromText } from '../src/ingest/article-from-text.js';
import { ArticleGraph } from '../src/model/index.js';
import { parseBratAnn } from './lib/brat.js';
import { listPolnearArticles } from './lib/polnear.js';
import { pct, prf } from './lib/prf.js';
import { addTally, emptyTally, QUOTE_VIEWS, scoreQuotes, toQuoteGold, type QuoteGold } from './lib/score-quotes.js';
import { SPEECH_CUE_RULE } from './lib/speech-cues.js';
import { formatTable } from './lib/table.js';

const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string', default: sharedData('polnear', 'dev') },
    limit: { type: 'string' },
  },
});

const QUOTE = /["“”‘’']/;

/** How PolNeAR cuts Content spans, measured rather than assumed (printed for the extractor's authors). */
function conventions(texts: string[], golds: QuoteGold[][]): string[] {
  let direct = 0, withMarks = 0, punctInside = 0, indirect = 0, withThat = 0, endsPunct = 0, multi = 0;
  golds.forEach((gold, i) => {
    const text = texts[i];
    for (const g of gold) {
      const s = g.content[0].start;
      const e = g.content[g.content.length - 1].end;
      if (g.content.length > 1) multi++;
      if (g.direct) {
        direct++;
        if (QUOTE.test(text[s]) && QUOTE.test(text[e - 1])) withMarks++;
        if (QUOTE.test(text[e - 1]) && /[.,?!]/.test(text[e - 2])) punctInside++;
      } else {
        indirect++;
        if (/^that\b/i.test(text.slice(s, s + 5))) withThat++;
        if (/[.,;]$/.test(text.slice(s, e))) endsPunct++;
      }
    }
  });
  const share = (a: number, b: number) => `${a}/${b} (${pct(b ? a / b : 0)}%)`;
  return [
    `direct quotes whose Content includes both quote marks: ${share(withMarks, direct)}`,
    `direct quotes with punctuation inside the closing mark (…,” / ….”): ${share(punctInside, direct)}`,
    `other contents starting with the complementizer "that": ${share(withThat, indirect)}`,
    `other contents ending in . , or ;: ${share(endsPunct, indirect)}`,
    `discontinuous contents (quote split by "he said"): ${share(multi, direct + indirect)}`,
  ];
}

function main(): void {
  let articles = listPolnearArticles(opts.dir!);
  if (opts.limit) articles = articles.slice(0, Number(opts.limit));
  if (articles.length === 0) throw new Error(`no PolNeAR articles under ${opts.dir}`);

  const totals = QUOTE_VIEWS.map(() => emptyTally());
  const texts: string[] = [];
  const golds: QuoteGold[][] = [];
  const issues: string[] = [];
  let extractMs = 0;
  let predicted = 0;

  for (const a of articles) {
    const text = fs.readFileSync(a.textPath, 'utf8');
    const parsed = parseBratAnn(fs.readFileSync(a.annPath, 'utf8'));
    for (const i of parsed.issues) issues.push(`${a.annPath}:${i.line}: ${i.message}`);
    const gold = toQuoteGold(text, parsed.attributions);
    texts.push(text);
    golds.push(gold);

    // The whole file is the text (title line included) so that offsets line up with the .ann file.
    const article = articleFromText(text, {
      sourcePath: a.textPath,
      title: text.split('\n', 1)[0].trim() || null,
      source: a.publisher,
      publishedAt: a.date,
    });
    let graph: ArticleGraph;
    const t0 = performance.now();
    try {
      graph = extractArticle(article);
      const check = ArticleGraph.safeParse(graph);
      if (!check.success) issues.push(`${a.name}: output breaks the ArticleGraph schema: ${check.error.issues[0]?.message}`);
    } catch (err) {
      issues.push(`${a.name}: extractArticle threw: ${(err as Error).message}`);
      graph = { article, sentences: [], entities: [], statements: [], negotiations: [], events: [], relations: [] };
    }
    extractMs += performance.now() - t0;
    predicted += graph.statements.length;
    scoreQuotes(graph, gold).forEach((t, i) => addTally(totals[i], t));
  }

  const all = golds.flat();
  const count = (f: (g: QuoteGold) => boolean) => all.filter(f).length;
  console.log(`eval-quotes: PolNeAR ${opts.dir}, ${articles.length} articles, first annotator file per article`);
  console.log(
    `gold attributions: ${all.length}; speech cues: ${count((g) => g.speech)}; direct quotes: ` +
      `${count((g) => g.direct)} (${count((g) => g.direct && g.speech)} with speech cues); ` +
      `no Source: ${count((g) => g.source === null)}; predicted statements: ${predicted}`,
  );
  console.log(`filter: ${SPEECH_CUE_RULE}\n`);
  console.log(
    formatTable(
      ['gold view', 'gold', 'P', 'R', 'F1', 'speaker acc', 'speaker n'],
      QUOTE_VIEWS.map((v, i) => {
        const t = totals[i];
        const p = prf({ tp: t.predMatched, fp: t.predUnmatched, fn: 0 }).precision;
        const r = prf({ tp: t.goldMatched, fp: 0, fn: t.goldUnmatched }).recall;
        const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
        const acc = t.speakerJudged ? t.speakerCorrect / t.speakerJudged : 0;
        return [v.name, t.goldMatched + t.goldUnmatched, pct(p), pct(r), pct(f1), pct(acc), t.speakerJudged];
      }),
    ),
  );
  console.log(
    '\nmatch: one-to-one greedy, content overlap >= 1/2 of the shorter span; direct-quote rows count only ' +
      'predictions of kind "direct" for precision; speaker correct when speakerSpan or a mention of the ' +
      'speaker entity overlaps the gold Source (judged where the gold has one)',
  );
  console.log(`\ngold span conventions:\n  ${conventions(texts, golds).join('\n  ')}`);
  console.log(
    `\nspeed: ${articles.length} articles in ${(extractMs / 1000).toFixed(2)} s ` +
      `(${(extractMs / articles.length).toFixed(1)} ms/article)`,
  );
  if (issues.length) console.log(`\nissues (${issues.length}):\n  ${issues.join('\n  ')}`);
}

try {
  main();
} catch (err) {
  console.error(`eval-quotes: ${(err as Error).message}`);
  process.exit(1);
}
