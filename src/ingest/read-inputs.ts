import { readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from './decode-text.js';
import { readHtml } from './read-html.js';
import { feedLines, isFeed, openFeed } from './read-feed.js';
import { readJson, readJsonl, readJsonLine, type ReadResult } from './read-json.js';
import { readTxt } from './read-txt.js';

/** How inputs are read. */
export interface ReadOptions {
  /** Refuse articles larger than this many bytes (a whole file, or one line of a JSONL feed). */
  maxBytes: number;
  /** `YYYY-MM-DD` for texts whose dateline has no year (`--date`). */
  defaultDate?: string;
  /** Standard input, for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

const EXTENSIONS = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm']);

function byFormat(format: string, text: string, file: string, o: ReadOptions): ReadResult[] {
  switch (format) {
    case '.json':
      return readJson(text, file, o.defaultDate);
    case '.jsonl':
    case '.ndjson':
      return readJsonl(text, file, o.defaultDate);
    case '.html':
    case '.htm': {
      const a = readHtml(text, file, o.defaultDate);
      return [a ? { article: a } : { issue: { code: 'EMPTY', file, message: 'no article text found in the HTML' } }];
    }
    default:
      return [{ article: readTxt(text, file, o.defaultDate) }];
  }
}

// Standard input carries no file name, so its first character says what it is.
function sniff(text: string): string {
  const t = text.trimStart();
  if (t.startsWith('<')) return '.html';
  if (t.startsWith('[')) return '.json';
  if (t.startsWith('{')) return t.split('\n').filter((l) => l.trim()).length > 1 && t.trimEnd().split('\n').every((l) => !l.trim() || l.trim().startsWith('{')) ? '.jsonl' : '.json';
  return '.txt';
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (EXTENSIONS.has(path.extname(e.name).toLowerCase()) || isFeed(e.name)) yield p;
  }
}

/** Every file a list of paths names: files as given, folders recursively (known extensions only). */
export async function* expandPaths(paths: string[]): AsyncGenerator<string> {
  for (const p of paths) {
    if (p === '-' || /^https?:\/\//.test(p)) {
      yield p;
      continue;
    }
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** The records of a JSONL feed, one line at a time, whatever the size of the feed. */
async function* readFeed(bytes: AsyncIterable<Buffer | string>, file: string, o: ReadOptions): AsyncGenerator<ReadResult> {
  for await (const l of feedLines(bytes, file, o.maxBytes)) {
    if ('issue' in l) yield l;
    else {
      const r = readJsonLine(l.text, file, l.line, o.defaultDate);
      if (r) yield r;
    }
  }
}

// Standard input carries no name: its first two lines say whether it is a JSONL feed (then it is
// streamed like one) or one document (then it is read whole, up to the size limit).
async function* readStdin(stream: NodeJS.ReadableStream, o: ReadOptions): AsyncGenerator<ReadResult> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  const lines = () => Buffer.concat(head).toString('utf8').split('\n').filter((l) => l.trim());
  while (size <= o.maxBytes && lines().length < 3) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    const c = typeof n.value === 'string' ? Buffer.from(n.value) : n.value;
    head.push(c);
    size += c.length;
  }
  const first = lines();
  const rest = async function* () {
    yield* head;
    if (!done) for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  };
  if (first.length > 1 && first[0].trim().startsWith('{') && first[1].trim().startsWith('{') && parses(first[0])) {
    yield* readFeed(rest(), '<stdin>', o);
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of rest()) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > o.maxBytes) {
      yield { issue: { code: 'TOO_LARGE', file: '<stdin>', message: `standard input is over the limit of ${o.maxBytes} bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)` } };
      return;
    }
    chunks.push(b);
  }
  const decoded = decodeText(Buffer.concat(chunks), '<stdin>', o.maxBytes);
  if ('issue' in decoded) yield decoded;
  else yield* byFormat(sniff(decoded.text), decoded.text, '<stdin>', o);
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads one path into articles or issues, as a stream: JSONL feeds (`.jsonl`, `.ndjson`, `.gz`)
 * line by line with the size limit per line; other files are checked for size before they are
 * read (so a huge file is refused without reading it) and then read whole. Never throws for a bad input.
 */
export async function* readStream(file: string, o: ReadOptions): AsyncGenerator<ReadResult> {
  if (file === '-') {
    yield* readStdin(o.stdin ?? process.stdin, o);
    return;
  }
  let bytes: Uint8Array;
  try {
    if (/^https?:\/\//.test(file)) {
      const res = await fetch(file);
      if (!res.ok) {
        yield { issue: { code: 'UNREADABLE', file, message: `HTTP ${res.status} ${res.statusText}` } };
        return;
      }
      bytes = new Uint8Array(await res.arrayBuffer());
    } else {
      // Synchronous: one small file is read faster so than through the thread pool, and a corpus
      // of small files is the common case (a third of `kg extract`'s time went to async stat/open).
      const stat = statSync(file);
      if (isFeed(file)) {
        yield* readFeed(openFeed(file), file, o);
        return;
      }
      if (stat.size > o.maxBytes) {
        yield { issue: { code: 'TOO_LARGE', file, message: `file is ${stat.size} bytes, over the limit of ${o.maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES); a feed of many articles can be a .jsonl file` } };
        return;
      }
      bytes = readFileSync(file);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield { issue: { code: 'UNREADABLE', file, message: `cannot read: ${err.code === 'ENOENT' ? 'no such file' : err.message}` } };
    return;
  }
  const decoded = decodeText(bytes, file, o.maxBytes);
  if ('issue' in decoded) {
    yield decoded;
    return;
  }
  const ext = /^https?:/.test(file) ? '.html' : path.extname(file).toLowerCase();
  yield* byFormat(EXTENSIONS.has(ext) ? ext : '.txt', decoded.text, file, o);
}

/** Reads one path into articles or issues, all at once (small inputs; `readStream` for feeds). */
export async function readPath(file: string, o: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readStream(file, o)) out.push(r);
  return out;
}
