import { ArticleGraph } from '../model/index.js';
import { extractArticle } from '../extract/extract-article.js';
import { formatIssue } from '../ingest/ingest-issue.js';
import { expandPaths, readPath, type ReadOptions } from '../ingest/read-inputs.js';

/** `kg extract PATH... --json|--jsonl`: prints ArticleGraphs without touching the database. Returns the number of failures. */
export async function runExtract(paths: string[], format: 'json' | 'jsonl', o: ReadOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const graphs: ArticleGraph[] = [];
  let failed = 0;
  for await (const file of expandPaths(paths)) {
    for (const r of await readPath(file, o)) {
      if ('issue' in r) {
        failed++;
        err.write(`${formatIssue(r.issue)}\n`);
        continue;
      }
      try {
        const g = ArticleGraph.parse(extractArticle(r.article));
        if (format === 'jsonl') out.write(`${JSON.stringify(g)}\n`);
        else graphs.push(g);
      } catch (e) {
        failed++;
        err.write(`${r.article.sourcePath ?? file}: extraction failed: ${(e as Error).message} (EXTRACT_FAILED)\n`);
      }
    }
  }
  if (format === 'json') out.write(`${JSON.stringify(graphs.length === 1 ? graphs[0] : graphs, null, 2)}\n`);
  return failed;
}
