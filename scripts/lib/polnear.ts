import fs from 'node:fs';
import path from 'node:path';

/** One PolNeAR article on disk: `<split>/text/<name>.txt` and the annotation file chosen for it. */
export interface PolnearArticle {
  /** `<publisher>_<YYYY-MM-DD>_<slug>`. */
  name: string;
  textPath: string;
  /** The first annotator's .ann in sorted order; the others are listed in `annotators`. */
  annPath: string;
  annotators: string[];
  publisher: string;
  date: string | null;
}

/**
 * Lists the articles of one PolNeAR split directory (e.g. `.../polnear/dev`). Some articles were
 * annotated by up to six annotators (agreement checks); one file per article is used, the first in
 * sorted order, so the gold is stable from run to run.
 */
export function listPolnearArticles(splitDir: string): PolnearArticle[] {
  const annDir = path.join(splitDir, 'attributions');
  const anns = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  return fs
    .readdirSync(path.join(splitDir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -'.txt'.length);
      // The name itself contains underscores; the annotator id is the last `_xxxx` before `.ann`.
      const mine = anns.filter((a) => a.startsWith(`${name}_`) && /^[^_]+\.ann$/.test(a.slice(name.length + 1)));
      if (mine.length === 0) return [];
      const [publisher, date] = name.split('_');
      return [{
        name,
        textPath: path.join(splitDir, 'text', f),
        annPath: path.join(annDir, mine[0]),
        annotators: mine.map((a) => a.slice(name.length + 1, -'.ann'.length)),
        publisher,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : null,
      }];
    });
}
