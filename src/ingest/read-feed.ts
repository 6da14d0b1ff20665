import fs from 'node:fs';
import zlib from 'node:zlib';
import { decodeText } from './decode-text.js';
import type { IngestIssue } from './ingest-issue.js';
import { readLines } from './read-lines.js';

/** Line-per-record feeds, read as streams of any size: JSONL/NDJSON, optionally gzipped. */
export const FEED = /\.(jsonl|ndjson)(\.gz)?$/i;

/** Is this path a line-per-record feed? */
export function isFeed(file: string): boolean {
  return FEED.test(file);
}

/** The bytes of a feed file, gunzipped when it ends in `.gz`. */
export function openFeed(file: string): AsyncIterable<Buffer> {
  const raw = fs.createReadStream(file);
  return /\.gz$/i.test(file) ? raw.pipe(zlib.createGunzip()) : raw;
}

/** One non-blank line of a feed as text, or why it is not text; `line` is 1-based. */
export type FeedLine = { line: number; text: string } | { issue: IngestIssue };

/**
 * The non-blank lines of a feed, decoded one by one; the size limit applies to each line (one
 * record), and a line that is too long or not text is an issue naming its number. A stream that
 * breaks (unreadable file, corrupt gzip) ends with one issue.
 */
export async function* feedLines(bytes: AsyncIterable<Buffer | string>, file: string, maxBytes: number): AsyncGenerator<FeedLine> {
  try {
    for await (const l of readLines(bytes, maxBytes)) {
      if ('tooLong' in l) {
        yield { issue: { code: 'TOO_LARGE', file, line: l.line, message: `line is over the limit of ${maxBytes} bytes per article (NEWSGRAPH_MAX_ARTICLE_BYTES)` } };
        continue;
      }
      const d = decodeText(l.bytes, file, maxBytes);
      if ('text' in d) yield { line: l.line, text: d.text };
      else if (d.issue.code !== 'EMPTY') yield { issue: { ...d.issue, line: l.line } };
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield { issue: { code: 'UNREADABLE', file, message: `cannot read: ${err.code === 'ENOENT' ? 'no such file' : err.message}` } };
  }
}
