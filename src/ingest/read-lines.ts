/** One line of a byte stream (1-based number, `\n` and a trailing `\r` removed), or how long it was when over the limit. */
export type Line = { line: number; bytes: Buffer } | { line: number; tooLong: number };

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxBytes`) in memory:
 * a longer line is counted, dropped, and yielded as `tooLong`, so one huge record cannot exhaust
 * memory and the lines after it are still read.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let dropping = false;
  let n = 0;
  const finish = (): Line => {
    n++;
    if (dropping) return { line: n, tooLong: size };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { line: n, bytes };
  };
  for await (const c of stream) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let at = 0;
    while (at < chunk.length) {
      const nl = chunk.indexOf(0x0a, at);
      const end = nl < 0 ? chunk.length : nl;
      size += end - at;
      if (size > maxBytes) {
        dropping = true;
        parts = [];
      } else if (end > at) parts.push(chunk.subarray(at, end));
      if (nl < 0) break;
      yield finish();
      parts = [];
      size = 0;
      dropping = false;
      at = nl + 1;
    }
  }
  if (size > 0 || dropping) yield finish();
}
