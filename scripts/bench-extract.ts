// npm run bench:extract [-- --limit N]: tokens per second of the NER tagger alone and of the whole
// extraction pipeline (and the syntax model alone) on Reuters-21578 bodies, on one core (this process). Prints figures only.
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/extract-article.js';
import { NerTagger } from '../src/extract/ner/tagger.js';
import { SyntaxModel } from '../src/extract/syntax/syntax-model.js';
import { splitSentences } from '../src/extract/sentences.js';
import { tokenize } from '../src/extract/tokenize.js';
import { reutersArticles } from './lib/reuters-articles.js';
import { sharedData } from './lib/shared-data.js';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '5000' }, dir: { type: 'string', default: sharedData('reuters21578') } } });
const articles = reutersArticles(values.dir!, Number(values.limit));
const docs = articles.map((a) => splitSentences(a.text).map((s) => tokenize(a.text, s.start, s.end).map((t) => t.text)));
const tokens = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
const tagger = NerTagger.default();

function timed(label: string, run: () => void): void {
  run(); // warm-up: JIT and caches, as in a long ingest
  const t0 = performance.now();
  run();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(28)} ${String(Math.round(tokens / s)).padStart(9)} tokens/s  (${(articles.length / s).toFixed(0)} articles/s, ${s.toFixed(2)} s)`);
}

console.log(`Reuters-21578: ${articles.length} articles with a body, ${tokens} tokens, one core`);
timed('NER tagger alone', () => docs.forEach((d) => tagger.tagDocument(d)));
const syntax = SyntaxModel.default();
timed('syntax (tag, parse, lemmas)', () => docs.forEach((d) => d.forEach((s) => syntax.parse(s))));
timed('whole extraction pipeline', () => articles.forEach((a) => extractArticle(a)));
