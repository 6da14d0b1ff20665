import fs from 'node:fs';
import path from 'node:path';

/** One <REUTERS> record of Reuters-21578 with the fields the project uses. */
export interface ReutersDoc {
  newId: number;
  title: string | null;
  dateline: string | null;
  /** `DATE` as written: "26-FEB-1987 15:01:01.79". */
  date: string | null;
  body: string | null;
  topics: string[];
  places: string[];
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

// Numeric entities in this corpus are control characters (&#2; &#3; ...), noise to drop; the named
// ones are real characters.
function decode(s: string): string {
  return s.replace(/&#\d+;/g, '').replace(/&(lt|gt|amp|quot|apos);/g, (m) => ENTITIES[m] ?? m);
}

// indexOf, not lazy regexes: in a broken record with many unclosed tags a `<T>([\s\S]*?)</T>`
// scan restarts at every opening tag and takes quadratic time.
function inner(record: string, tag: string): string | null {
  const open = record.indexOf(`<${tag}>`);
  if (open < 0) return null;
  const from = open + tag.length + 2;
  const close = record.indexOf(`</${tag}>`, from);
  return close < 0 ? null : record.slice(from, close);
}

function field(record: string, tag: string): string | null {
  const s = inner(record, tag);
  return s === null ? null : decode(s);
}

function list(record: string, tag: string): string[] {
  return (inner(record, tag) ?? '')
    .split('<D>')
    .slice(1)
    .flatMap((d) => {
      const end = d.indexOf('</D>');
      return end < 0 ? [] : [d.slice(0, end)];
    });
}

// The signature line, looked for in the last characters only: a regex anchored at the end of the
// whole body (`\s*Reuter\s*$`) retries at every white space and is quadratic in a long blank run.
function withoutSignature(body: string): string {
  const trimmed = body.trimEnd();
  const tail = /\s*\bReuter$/i.exec(trimmed.slice(-40));
  return (tail ? trimmed.slice(0, trimmed.length - tail[0].length) : trimmed).trimEnd();
}

// Records are found with indexOf, not one regex over the file: a lazy `<REUTERS ...>[\s\S]*?</REUTERS>`
// rescans the rest of the file from every unclosed record, quadratic in a broken file.
function* records(sgml: string): Generator<{ attrs: string; record: string }> {
  let at = 0;
  let gt = -1;
  let close = -1;
  for (;;) {
    const open = sgml.indexOf('<REUTERS', at);
    if (open < 0) return;
    // each search starts where the last one ended, so a file full of unclosed records stays linear
    if (gt < open) gt = sgml.indexOf('>', open);
    if (gt < 0) return;
    if (close < gt) close = sgml.indexOf('</REUTERS>', gt);
    if (close < 0) return;
    const next = sgml.indexOf('<REUTERS', open + 8);
    // an unclosed record followed by a good one: skip to the good one
    if (next >= 0 && next < close) {
      at = next;
      continue;
    }
    yield { attrs: sgml.slice(open + 8, gt), record: sgml.slice(gt + 1, close) };
    at = close + 10;
  }
}

/** Parses the SGML of one reut2-NNN.sgm file (decoded as latin-1) into records. */
export function parseReutersSgml(sgml: string): ReutersDoc[] {
  const docs: ReutersDoc[] = [];
  for (const { attrs, record } of records(sgml)) {
    if (!/^(\s|$)/.test(attrs)) continue; // <REUTERSX>, not a record
    const newId = Number(/NEWID="(\d+)"/.exec(attrs)?.[1] ?? NaN);
    const body = field(record, 'BODY');
    docs.push({
      newId,
      title: field(record, 'TITLE')?.trim() ?? null,
      dateline: field(record, 'DATELINE')?.trim() ?? null,
      date: field(record, 'DATE')?.trim() ?? null,
      // Bodies end with a " Reuter" signature line that is not part of the story.
      body: body === null ? null : withoutSignature(body),
      topics: list(record, 'TOPICS'),
      places: list(record, 'PLACES'),
    });
  }
  return docs;
}

/** Reads every reut2-*.sgm file in `dir`, in file order. */
export function readReutersDir(dir: string): ReutersDoc[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^reut2-\d+\.sgm$/.test(f))
    .sort()
    .flatMap((f) => parseReutersSgml(fs.readFileSync(path.join(dir, f), 'latin1')));
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** "26-FEB-1987 15:01:01.79" -> "1987-02-26". */
export function reutersDateToIso(date: string | null): string | null {
  const m = date ? /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(date) : null;
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]) + 1;
  if (month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
