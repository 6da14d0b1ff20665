import type { Span } from '../model/index.js';
import type { Paragraph } from './sentences.js';

/** A stretch of quoted text in one paragraph: `open`/`close` are the quote marks (close may be missing). */
export interface QuoteSegment {
  open: number;
  /** Offset of the closing mark's last character, or the paragraph end when the quote runs on. */
  close: number;
  content: Span;
  closed: boolean;
  /** The segment goes on in the next paragraph (a quote over several paragraphs). */
  continues: boolean;
  /** Single-quoted (‘…’ or '…') rather than double-quoted. */
  single: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // A comma before the closing mark belongs to the attribution, not to what was said.
  while (end > start && /[,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

// Double quotes: straight marks alternate open/close; curly and angle marks say which they are.
// Two apostrophes ('') stand for a straight double mark in some wire and archive copy (the New York
// Times archive writes ''...''), so they toggle like one. A paragraph that continues a quote opens
// with a quote mark of its own, so each paragraph is read alone; `continues` links the pieces.
function doubleQuotes(text: string, p: Paragraph): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let open = -1;
  let width = 1; // of the opening mark
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i];
    const pair = ch === "'" && text[i + 1] === "'";
    const straight = ch === '"' || pair;
    if (!straight && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    // A closing mark typed for an opening one at the start of a quote (`”Fear. I am afraid...`).
    const misTyped = CLOSERS.has(ch) && /[\s]/.test(text[i - 1] ?? ' ') && /[\p{L}\d]/u.test(text[i + 1] ?? '');
    // A quote whose opening mark was lost: the paragraph's first mark closes one (`failed," she
    // said.`) - punctuation before it, a space after, and words between the paragraph start and it.
    if (open < 0 && out.length === 0 && !misTyped && !OPENERS.has(ch) && /[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '') && wordCount(text, { start: p.start, end: i }) >= 4) {
      const close = pair ? i + 1 : i;
      out.push({ open: p.start, close, content: trimSpan(text, p.start, i), closed: true, continues: false, single: false });
      if (pair) i++;
      continue;
    }
    // Copy that runs paragraphs together opens each quoted paragraph anew without closing the one
    // before (`... up to 26 weeks. "We are going to ...`): a mark after a sentence end and a space,
    // before a word, while a quote is open, opens the next piece instead of closing this one.
    if (open >= 0 && (straight || OPENERS.has(ch)) && /[.!?]\s+$/.test(text.slice(Math.max(open + width, i - 4), i)) && /[\p{L}\d]/u.test(text[i + (pair ? 2 : 1)] ?? '')) {
      out.push({ open, close: i - 1, content: trimSpan(text, open + width, i), closed: false, continues: true, single: false });
      open = i;
      width = pair ? 2 : 1;
      if (pair) i++;
      continue;
    }
    if (open < 0 && (straight || OPENERS.has(ch) || misTyped)) {
      open = i;
      width = pair ? 2 : 1;
    } else if (open >= 0 && (straight || CLOSERS.has(ch))) {
      // `close` is the last character of the closing mark, so text after it starts at close + 1.
      const close = pair ? i + 1 : i;
      out.push({ open, close, content: trimSpan(text, open + width, i), closed: true, continues: false, single: false });
      open = -1;
    }
    if (pair) i++;
  }
  if (open >= 0) {
    out.push({ open, close: p.end, content: trimSpan(text, open + width, p.end), closed: false, continues: false, single: false });
  }
  return out;
}

// Single quotes are quotes only when they hold a phrase (British style), not for apostrophes or
// scare-quoted words: an opening mark after a space, a closing one before a space or punctuation.
function singleQuotes(text: string, p: Paragraph, inside: Span[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  const re = /(^|[\s([—–-])(['‘])([^'‘’\n]{2,}?)(['’])(?=$|[\s.,;:!?)\]—–-])/g;
  const chunk = text.slice(p.start, p.end);
  for (const m of chunk.matchAll(re)) {
    const open = p.start + m.index + m[1].length;
    const close = open + 1 + m[3].length;
    if (inside.some((s) => s.start <= open && close <= s.end)) continue;
    const content = trimSpan(text, open + 1, close);
    out.push({ open, close, content, closed: true, continues: false, single: true });
  }
  return out;
}

/** Finds quoted stretches in each paragraph, joining quotes that run over several paragraphs. */
export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const dq = doubleQuotes(text, p);
    const last = dq[dq.length - 1];
    const next = paragraphs[k + 1];
    // A quote left open at the end of a paragraph goes on when the next one opens with a quote mark.
    if (last && !last.closed) last.continues = !!next && /^(["“«„]|'')/.test(text.slice(next.start, next.start + 2));
    // A quote left open with no continuation is kept only if it holds a whole phrase.
    const kept = dq.filter((q) => q.closed || q.continues || wordCount(text, q.content) >= 4);
    out.push(...kept, ...singleQuotes(text, p, kept.map((q) => ({ start: q.open, end: q.close + 1 }))));
  }
  return out.filter((q) => q.content.end > q.content.start).sort((a, b) => a.open - b.open);
}

/** How many words a quote holds: short ones are partial or scare quotes, not statements of their own. */
export function quoteWords(text: string, q: QuoteSegment): number {
  return wordCount(text, q.content);
}
