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

function field(record: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(record);
  return m ? decode(m[1]) : null;
}

function list(record: string, tag: string): string[] {
  const inner = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(record)?.[1] ?? '';
  return [...inner.matchAll(/<D>([\s\S]*?)<\/D>/g)].map((m) => m[1]);
}

/** Parses the SGML of one reut2-NNN.sgm file (decoded as latin-1) into records. */
export function parseReutersSgml(sgml: string): ReutersDoc[] {
  const docs: ReutersDoc[] = [];
  for (const m of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const newId = Number(/NEWID="(\d+)"/.exec(m[1])?.[1] ?? NaN);
    const record = m[2];
    const body = field(record, 'BODY');
    docs.push({
      newId,
      title: field(record, 'TITLE')?.trim() ?? null,
      dateline: field(record, 'DATELINE')?.trim() ?? null,
      date: field(record, 'DATE')?.trim() ?? null,
      // Bodies end with a " Reuter" signature line that is not part of the story.
      body: body === null ? null : body.replace(/\s*\bReuter\s*$/i, '').trimEnd(),
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
