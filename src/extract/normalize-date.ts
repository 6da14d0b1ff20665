import { anyWordOf } from './lexicon/word-pattern.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = anyWordOf(WEEKDAYS);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
}

/**
 * Normalizes a date expression against the article date: "June 21" -> "2025-06-21" (or "--06-21"
 * when the article's year is unknown), "on Tuesday" -> the Tuesday before the article date,
 * "last month" -> "YYYY-MM", "since 2003" -> "2003". Returns null when it cannot.
 */
export function normalizeDate(expr: string, articleDate: string | null): string | null {
  const full = /^\d{4}-\d{2}-\d{2}$/.test(articleDate ?? '') ? new Date(`${articleDate}T00:00:00Z`) : null;
  const md = /^--(\d{2})-(\d{2})$/.exec(articleDate ?? '');
  const e = expr.trim();
  let m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+\.?)(?:,?\s+(\d{4}))?/.exec(e) ?? null;
  let month = -1;
  let day = 0;
  let year: number | null = null;
  if (m && monthIndex(m[2]) >= 0) [month, day, year] = [monthIndex(m[2]), Number(m[1]), m[3] ? Number(m[3]) : null];
  m = /\b([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/.exec(e);
  if (month < 0 && m && monthIndex(m[1]) >= 0) [month, day, year] = [monthIndex(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null];
  if (month >= 0 && day >= 1 && day <= 31) {
    if (year) return `${year}-${pad(month + 1)}-${pad(day)}`;
    if (full) {
      // A day later in the year than the article itself is last year's.
      let y = full.getUTCFullYear();
      if (month > full.getUTCMonth() || (month === full.getUTCMonth() && day > full.getUTCDate())) y -= 1;
      return `${y}-${pad(month + 1)}-${pad(day)}`;
    }
    return `--${pad(month + 1)}-${pad(day)}`;
  }
  const wd = WEEKDAYS.indexOf(WEEKDAY.exec(e)?.[1]?.toLowerCase() ?? '');
  if (wd >= 0 && full) {
    const d = new Date(full);
    // "on Wednesday" in an article of a Wednesday is that day; otherwise the last one before it
    const back = (d.getUTCDay() - wd + 7) % 7;
    d.setUTCDate(d.getUTCDate() - (/\bnext\b/i.test(e) ? -((wd - d.getUTCDay() + 7) % 7 || 7) : back));
    return iso(d);
  }
  if (/\byesterday\b/i.test(e) && full) return iso(new Date(full.getTime() - 86400000));
  if (/\btoday\b/i.test(e) && articleDate) return articleDate;
  if (/\blast month\b/i.test(e) && full) {
    const d = new Date(Date.UTC(full.getUTCFullYear(), full.getUTCMonth() - 1, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (/\blast year\b/i.test(e) && full) return String(full.getUTCFullYear() - 1);
  const y = /\b(?:since|in|from)\s+(\d{4})\b/i.exec(e);
  if (y) return y[1];
  if (md && /\btoday\b/i.test(e)) return `--${md[1]}-${md[2]}`;
  return null;
}

/** Date expressions as they appear in news text, for finding them in a sentence. */
export const DATE_EXPRESSION = new RegExp(
  String.raw`\b(?:(?:on|since|in|from|by|until|last|next)\s+)?(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:last|next|on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last (?:month|year|week)|since \d{4})\b`,
  'g',
);
