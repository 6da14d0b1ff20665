/** One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes are not words). */
export interface ConlluWord {
  /** Index of the line in `ConlluSentence.lines`. */
  line: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** 0-based index of the head word, -1 for the root. */
  head: number;
  deprel: string;
}

/** A sentence as read: every line kept verbatim (comments, ranges, empty nodes) plus its words. */
export interface ConlluSentence {
  lines: string[];
  words: ConlluWord[];
}

const WORD_ID = /^\d+$/;

/** Reads CoNLL-U text into sentences; blank lines end sentences. */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { lines: [], words: [] };
  const flush = () => {
    if (cur.lines.length) out.push(cur);
    cur = { lines: [], words: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const line = cur.lines.length;
    cur.lines.push(raw);
    if (raw.startsWith('#')) continue;
    const c = raw.split('\t');
    if (c.length !== 10 || !WORD_ID.test(c[0])) continue;
    const head = c[6] === '_' ? -1 : Number(c[6]) - 1;
    cur.words.push({ line, form: c[1], lemma: c[2], upos: c[3], xpos: c[4], head, deprel: c[7] });
  }
  flush();
  return out;
}

/** What `writeConllu` puts back in columns 4, 7 and 8 of each word. */
export interface PredictedWord {
  upos: string;
  head: number;
  deprel: string;
}

/** Writes a sentence back with predicted UPOS, HEAD and DEPREL; every other column and line unchanged. */
export function writeConlluSentence(s: ConlluSentence, predicted: PredictedWord[]): string {
  const lines = s.lines.slice();
  s.words.forEach((w, i) => {
    const c = lines[w.line].split('\t');
    c[3] = predicted[i].upos;
    c[6] = String(predicted[i].head + 1);
    c[7] = predicted[i].deprel;
    lines[w.line] = c.join('\t');
  });
  return lines.join('\n') + '\n\n';
}
