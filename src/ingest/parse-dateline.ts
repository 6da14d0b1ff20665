/** What a wire dateline says: "MINSK, August 22. /TASS/." or "WASHINGTON, March 3 (Reuters) -". */
export interface Dateline {
  place: string;
  /** `--MM-DD`, or `YYYY-MM-DD` when the dateline has a year; null when it has no date. */
  date: string | null;
  source: string | null;
  /** Offset where the dateline ends and the story begins. */
  end: number;
  /** Offsets of the agency name inside the dateline, if any. */
  sourceSpan: { start: number; end: number } | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATELINE = new RegExp(
  String.raw`^\s*([A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]+)?)` + // place, optionally ", State"
    String.raw`(?:,\s*${MONTH}\s+(\d{1,2})(?:,?\s+(\d{4}))?)?` + // date
    String.raw`\s*[.,]?\s*(?:/\s*([A-Za-z][\w .-]{0,30}?)\s*/\s*\.?|\(([A-Za-z][\w .-]{0,30}?)\)\s*[-–—]*|[-–—]+)\s*`,
);

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Reads the dateline at `from` in the text, if there is one. */
export function parseDateline(text: string, from = 0): Dateline | null {
  const m = DATELINE.exec(text.slice(from, from + 200));
  if (!m) return null;
  const [whole, place, month, day, year, slashSource, parenSource] = m;
  // A place in capitals is what makes it a dateline; plain sentences starting "The" do not match it.
  if (!/[A-Z]{3}/.test(place) || (!month && !slashSource && !parenSource)) return null;
  const source = (slashSource ?? parenSource)?.trim() ?? null;
  let date: string | null = null;
  if (month && day) {
    const mm = String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
    const dd = day.padStart(2, '0');
    date = year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`;
  }
  let sourceSpan: Dateline['sourceSpan'] = null;
  if (source) {
    const at = text.indexOf(source, from + m.index + place.length);
    if (at >= 0) sourceSpan = { start: at, end: at + source.length };
  }
  return { place: titleCase(place.trim()), date, source, end: from + m.index + whole.length, sourceSpan };
}
