import { articleFromText } from '../../src/ingest/article-from-text.js';
import { extractChecked, extractLine } from '../../src/pipeline/extract-checked.js';
import { ExtractPool } from '../../src/pipeline/extract-pool.js';

// Short stories in several outlets' styles (invented): the pool posts several to each worker ahead
// of time, so answers come back out of step between workers and must still land on their article.
const stories = [
  'LONDON (Reuters) - The Bank of England held rates on Thursday, Governor Ana Ruiz said.',
  'The Home Secretary, Mark Okafor, told MPs the bill would return to the Commons next week.',
  'WASHINGTON - Senator Jane Holt said on Tuesday that talks with Mexico on tariffs had stalled.',
  'Germany and France signed an agreement in Berlin on Monday, officials said.',
  'Mr Tanaka, the trade minister, will visit Ankara in May, his spokesman said.',
  'Shares of Acme Corp fell 4% after the company cut its forecast.',
  '"We will not attend," the Norwegian ambassador said of the summit in Geneva.',
  'The union said 3,000 workers would strike on Friday over pay.',
  'Police released the three journalists late on Sunday, their lawyer said.',
  'BRUSSELS - EU ministers agreed to extend sanctions on Russia for six months.',
  'Prime Minister Lena Berg met President Rahul Das in Oslo on Wednesday.',
  'The company, based in Osaka, said profit rose 12% in the year to March.',
];
const articles = stories.map((text, i) => articleFromText(text, { sourcePath: `story-${i}.txt` }));

describe('extraction pool', () => {
  test.each([
    ['two workers', 2],
    ['one worker', 1],
    ['this thread', 0],
  ])('on %s, every article gets its own graph, in input order', async (_, workers) => {
    const pool = new ExtractPool({ workers });
    try {
      const got = await Promise.all(articles.map((a) => pool.extract(a)));
      expect(got.map((r) => ('graph' in r ? r.graph : r))).toEqual(articles.map((a) => (extractChecked(a) as { graph: unknown }).graph));
    } finally {
      await pool.close();
    }
  });

  test.each([
    ['two workers', 2],
    ['this thread', 0],
  ])('on %s, a JSON line is the graph with the article text, as kg load reads it', async (_, workers) => {
    const pool = new ExtractPool({ workers });
    try {
      const lines = await Promise.all(articles.map((a) => pool.extractLine(a)));
      lines.forEach((r, i) => {
        if (!('line' in r)) throw new Error(r.error);
        const graph = (extractChecked(articles[i]) as { graph: { article: object } }).graph;
        expect(JSON.parse(r.line)).toEqual({ ...graph, article: { ...graph.article, text: stories[i] } });
        expect(r.line).toBe((extractLine(articles[i]) as { line: string }).line);
      });
    } finally {
      await pool.close();
    }
  });
});
