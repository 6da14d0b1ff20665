import type { IngestIssue } from './ingest-issue.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text (BOM removed), or says why they are not an article's text. */
export function decodeText(bytes: Uint8Array, file: string, maxBytes: number): { text: string } | { issue: IngestIssue } {
  if (bytes.length > maxBytes) return { issue: { code: 'TOO_LARGE', file, message: `file is ${bytes.length} bytes, over the limit of ${maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES)` } };
  // A NUL byte never occurs in text; invalid UTF-8 means another encoding or binary data.
  if (bytes.subarray(0, 8192).includes(0)) return { issue: { code: 'BINARY', file, message: 'binary data (NUL bytes), not text' } };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { issue: { code: 'BINARY', file, message: 'not valid UTF-8 text (binary file or another encoding)' } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { issue: { code: 'EMPTY', file, message: 'empty: no text to read' } };
  return { text };
}
