/** Why one input could not become an article: data, not an exception, so a batch goes on. */
export interface IngestIssue {
  code: 'EMPTY' | 'BINARY' | 'INVALID_JSON' | 'INVALID_RECORD' | 'TOO_LARGE' | 'UNREADABLE' | 'UNSUPPORTED' | 'EXTRACT_FAILED' | 'LOAD_FAILED' | 'INVALID_UTF8';
  file: string;
  line?: number;
  message: string;
}

/** One line a person can read: `file:line: message (CODE)`. */
export function formatIssue(i: IngestIssue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''}: ${i.message} (${i.code})`;
}
