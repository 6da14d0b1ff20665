/**
 * npm run eval:quotes — scores extractArticle's statements against PolNeAR attributions (dev by
 * default): first the strict view (every attribution, overlap of half the LONGER span), then the
 * lenient views (half the shorter span): content P/R/F1 and speaker accuracy, for all attributions,
 * speech cues only, and direct quotes.
 *
 *   node dist/scripts/eval-quotes.js [--split dev|train] [--dir DIR] [--limit N] [--errors N]
 *
 * `--errors N` prints N missed gold contents and N unmatched predictions (strict rule); it works on
 * the train split only, so that dev stays a held-out figure nobody has read errors from.
 */
import { sharedData } from './lib/shared-data.js';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/pipeline/extract-article.js';
import { articleFromText } from '../src/ingest/article-from-text.js';
import { ArticleGraph } from '../src/model/index.js';
import { parseBratAnn } from './lib/brat.js';
import { listPolnearArticles } from './lib/polnear.js';
import { pct, prf } from './lib/prf.js';
import { addTally, emptyTally, overlapOfLonger, QUOTE_VIEWS, scoreQuotes, STRICT_VIEWS, toQuoteGold, type QuoteGold, type ViewTally } from './lib/score-quotes.js';
import { SPEECH_CUE_RULE } from './lib/speech-cues.js';
import { formatTable } from './lib/table.js';

const { values: opts } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    dir: { type: 'string' },
    limit: { type: 'string' },
    errors: { type: 'string' },
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

function row(name: string, t: ViewTally): Array<string | number> {
  const p = prf({ tp: t.predMatched, fp: t.predUnmatched, fn: 0 }).precision;
  const r = prf({ tp: t.goldMatched, fp: 0, fn: t.goldUnmatched }).recall;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const acc = t.speakerJudged ? t.speakerCorrect / t.speakerJudged : 0;
  return [name, t.goldMatched + t.goldUnmatched, pct(p), pct(r), (f1).toFixed(3), pct(acc), t.speakerJudged];
}

function main(): void {
  if (opts.split !== 'dev' && opts.split !== 'train') throw new Error(`--split must be dev or train, not ${opts.split}`);
  const dir = opts.dir ?? sharedData('polnear', opts.split);
  const showErrors = Number(opts.errors ?? 0);
  if (showErrors > 0 && !/[\\/]train[\\/]?$/.test(dir)) throw new Error('--errors reads errors on the train split only (dev is held out)');
  let articles = listPolnearArticles(dir);
  if (opts.limit) articles = articles.slice(0, Number(opts.limit));
  if (articles.length === 0) throw new Error(`no PolNeAR articles under ${opts.dir}`);

  const totals = QUOTE_VIEWS.map(() => emptyTally());
  const strict = STRICT_VIEWS.map(() => emptyTally());
  const errors: string[] = [];
  const byOrigin = new Map<string, [number, number]>();
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
    scoreQuotes(graph, gold, STRICT_VIEWS, 'strict').forEach((t, i) => addTally(strict[i], t));
    for (const p of graph.statements) {
      const t = byOrigin.get(p.origin) ?? [0, 0];
      t[1]++;
      if (gold.some((g) => overlapOfLonger([p], g.content) >= 0.5)) t[0]++;
      byOrigin.set(p.origin, t);
    }
    if (showErrors > 0 && errors.length < 4 * showErrors) {
      const one = (s: { start: number; end: number }) => text.slice(s.start, s.end).replace(/\s+/g, ' ');
      for (const g of gold)
        if (!graph.statements.some((p) => overlapOfLonger([p], g.content) >= 0.5))
          errors.push(`${a.name} MISS [${g.cueText}] ${g.content.map(one).join(' … ')}`);
      for (const p of graph.statements)
        if (!gold.some((g) => overlapOfLonger([p], g.content) >= 0.5)) {
          const near = gold.find((g) => overlapOfLonger([p], g.content) > 0);
          errors.push(`${a.name} EXTRA (${p.origin}, ${p.cue}) ${one(p)}${near ? `\n      gold: ${near.content.map(one).join(' … ')}` : ''}`);
        }
    }
  }

  const all = golds.flat();
  const count = (f: (g: QuoteGold) => boolean) => all.filter(f).length;
  console.log(`eval-quotes: PolNeAR ${dir}, ${articles.length} articles, first annotator file per article`);
  console.log(
    `gold attributions: ${all.length}; speech cues: ${count((g) => g.speech)}; direct quotes: ` +
      `${count((g) => g.direct)} (${count((g) => g.direct && g.speech)} with speech cues); ` +
      `no Source: ${count((g) => g.source === null)}; predicted statements: ${predicted}`,
  );
  console.log('\nSTRICT (the figure to quote): every attribution, content overlap >= 1/2 of the LONGER span');
  console.log(formatTable(['gold view', 'gold', 'P', 'R', 'F1', 'speaker acc', 'speaker n'], STRICT_VIEWS.map((v, i) => row(v.name, strict[i]))));
  const [s0, d0] = strict;
  const f1 = Number(row('', s0)[4]);
  console.log(
    `strict summary: content F1 ${f1.toFixed(3)}, speaker accuracy ${pct(s0.speakerJudged ? s0.speakerCorrect / s0.speakerJudged : 0)}%, ` +
      `direct-quote recall ${pct(d0.goldMatched / Math.max(1, d0.goldMatched + d0.goldUnmatched))}%`,
  );
  console.log(`\nLENIENT: content overlap >= 1/2 of the SHORTER span; filter: ${SPEECH_CUE_RULE}`);
  console.log(formatTable(['gold view', 'gold', 'P', 'R', 'F1', 'speaker acc', 'speaker n'], QUOTE_VIEWS.map((v, i) => row(v.name, totals[i]))));
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
  if (showErrors > 0)
    console.log(`\nstrict matches by rule: ${[...byOrigin].sort((a, b) => b[1][1] - a[1][1]).map(([o, [m, n]]) => `${o} ${m}/${n}`).join(', ')}`);
  if (showErrors > 0) console.log(`\nerrors (train split, strict rule):\n  ${errors.slice(0, 4 * showErrors).join('\n  ')}`);
  if (issues.length) console.log(`\nissues (${issues.length}):\n  ${issues.join('\n  ')}`);
}

try {
  main();
} catch (err) {
  console.error(`eval-quotes: ${(err as Error).message}`);
  process.exit(1);
}
