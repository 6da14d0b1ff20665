import fs from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from './decode-text.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonl, type ReadResult } from './read-json.js';
import { readTxt } from './read-txt.js';

/** How inputs are read. */
export interface ReadOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** `YYYY-MM-DD` for texts whose dateline has no year (`--date`). */
  defaultDate?: string;
  /** Standard input, for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

const EXTENSIONS = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm']);

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

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
    else if (EXTENSIONS.has(path.extname(e.name).toLowerCase())) yield p;
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

/** Reads one path into articles or issues; never throws for a bad input. */
export async function readPath(file: string, o: ReadOptions): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    if (file === '-') bytes = await readAll(o.stdin ?? process.stdin);
    else if (/^https?:\/\//.test(file)) {
      const res = await fetch(file);
      if (!res.ok) return [{ issue: { code: 'UNREADABLE', file, message: `HTTP ${res.status} ${res.statusText}` } }];
      bytes = new Uint8Array(await res.arrayBuffer());
    } else {
      const stat = await fs.stat(file);
      if (stat.size > o.maxBytes) return [{ issue: { code: 'TOO_LARGE', file, message: `file is ${stat.size} bytes, over the limit of ${o.maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES)` } }];
      bytes = await fs.readFile(file);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return [{ issue: { code: 'UNREADABLE', file, message: `cannot read: ${err.code === 'ENOENT' ? 'no such file' : err.message}` } }];
  }
  const decoded = decodeText(bytes, file, o.maxBytes);
  if ('issue' in decoded) return [decoded];
  const ext = file === '-' ? sniff(decoded.text) : /^https?:/.test(file) ? '.html' : path.extname(file).toLowerCase();
  const format = EXTENSIONS.has(ext) ? ext : '.txt';
  return byFormat(format, decoded.text, file === '-' ? '<stdin>' : file, o);
}
