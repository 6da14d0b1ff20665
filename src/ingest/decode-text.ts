import type { IngestIssue } from './ingest-issue.js';

const decoder = new TextDecoder('utf-8');

// Above this share of replaced sequences the bytes are binary data or a whole other encoding, not a
// UTF-8 text with a few broken bytes (a scraper's cut, a bad copy), and reading them helps nobody.
const MAX_REPLACED_SHARE = 0.1;

function count(bytes: Uint8Array, a: number, b: number, c: number): number {
  let n = 0;
  for (let i = bytes.indexOf(a); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(a, i + 1)) if (bytes[i + 1] === b && bytes[i + 2] === c) n++;
  return n;
}

/**
 * Decodes bytes as UTF-8 text (BOM removed), or says why they are not an article's text. Invalid
 * UTF-8 sequences become U+FFFD and the result carries a warning naming the file (the article is
 * still read: one bad byte should not lose a story).
 */
export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): { text: string; warning?: IngestIssue } | { issue: IngestIssue } {
  if (bytes.length > maxBytes) return { issue: { code: 'TOO_LARGE', file, message: `file is ${bytes.length} bytes, over the limit of ${maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES)` } };
  // A NUL byte near the start never occurs in text: it is an image, an archive, UTF-16.
  if (bytes.subarray(0, 8192).includes(0)) return { issue: { code: 'BINARY', file, message: 'binary data (NUL bytes), not text' } };
  let text = decoder.decode(bytes);
  // U+FFFD the bytes already spelled out (EF BF BD) are text, not replacements.
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced > 0) replaced -= count(bytes, 0xef, 0xbf, 0xbd);
  if (replaced > MAX_REPLACED_SHARE * Math.max(text.length, 1)) return { issue: { code: 'BINARY', file, message: 'not valid UTF-8 text (binary file or another encoding)' } };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { issue: { code: 'EMPTY', file, message: 'empty: no text to read' } };
  if (replaced === 0) return { text };
  return { text, warning: { code: 'INVALID_UTF8', file, message: `WARNING: ${replaced} invalid UTF-8 sequence(s) replaced with U+FFFD` } };
}
