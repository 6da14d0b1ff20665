import fs from 'node:fs';
import path from 'node:path';
import { readReutersDir } from '../../src/ingest/read-reuters-sgml.js';
import { readTxt } from '../../src/ingest/read-txt.js';
import type { Article } from '../../src/model/index.js';
import { loadFactsFixtures, locateContent, sourceKey, type FactsFixture, type LoadedFixture } from './facts-fixture.js';
import { reutersArticle } from './reuters-articles.js';
import type { LocatedStatement } from './score-facts.js';
import { sharedData } from './shared-data.js';

/** A gold file with the article it annotates (read the way `kg extract` reads it) and its located statements. */
export interface GoldArticle extends LoadedFixture {
  /** `bbc:politics/012.txt`, `reuters:248`, `polnear:dev:<name>`. */
  key: string;
  article: Article;
  statements: LocatedStatement[];
}

// BBC and PolNeAR files are plain text with a title line: `readTxt` is what `kg extract` runs on a
// .txt, so the gold scores the same path a user takes. Reuters bodies come from the SGML reader.
function readSource(fixture: FactsFixture, reuters: () => Map<number, Article>, dataDir: string): Article | null {
  const src = fixture.source;
  switch (src.corpus) {
    case 'bbc': {
      const file = path.join(dataDir, 'bbc', src.path);
      return fs.existsSync(file) ? readTxt(fs.readFileSync(file, 'utf8'), `bbc/${src.path}`) : null;
    }
    case 'polnear': {
      const file = path.join(dataDir, 'polnear', src.split, 'text', `${src.name}.txt`);
      return fs.existsSync(file) ? readTxt(fs.readFileSync(file, 'utf8'), `polnear/${src.split}/${src.name}.txt`) : null;
    }
    case 'reuters':
      return reuters().get(src.newId) ?? null;
  }
}

/** Where the annotatable text starts: after the title line of a plain-text file, 0 for a Reuters body. */
function bodyStart(fixture: FactsFixture, text: string): number {
  if (fixture.source.corpus === 'reuters') return 0;
  const nl = text.indexOf('\n');
  return nl < 0 ? 0 : nl + 1;
}

/**
 * Loads every gold file in `dir` with its article from the shared corpora (`dataDir`, default
 * ../shared/data). Throws naming the file when the article is missing or a content is not in its body:
 * a gold that does not line up with its text would score nonsense.
 */
export function loadGoldArticles(dir: string, dataDir = sharedData()): GoldArticle[] {
  const loaded = loadFactsFixtures(dir);
  let reutersCache: Map<number, Article> | null = null;
  const reuters = () => {
    if (!reutersCache) {
      const wanted = new Set(loaded.flatMap((l) => (l.fixture.source.corpus === 'reuters' ? [l.fixture.source.newId] : [])));
      reutersCache = new Map(
        readReutersDir(path.join(dataDir, 'reuters21578'))
          .filter((d) => wanted.has(d.newId) && d.body)
          .map((d) => [d.newId, reutersArticle({ ...d, body: d.body! })]),
      );
    }
    return reutersCache;
  };
  return loaded.map((l) => {
    const key = sourceKey(l.fixture.source);
    const article = readSource(l.fixture, reuters, dataDir);
    if (!article) throw new Error(`${l.file}: ${key} is not in ${dataDir}`);
    const from = bodyStart(l.fixture, article.text);
    const statements = l.fixture.statements.map((s, i) => {
      const span = locateContent(article.text, s.content, from);
      if (!span) throw new Error(`${l.file}: statements.${i}.content is not in the body of ${key}`);
      return { speaker: s.speaker, content: s.content, span };
    });
    return { ...l, key, article, statements };
  });
}
