/** One sentence of a CoNLL file: its raw lines and the first (token) and last (tag) columns. */
export interface ConllSentence {
  lines: string[];
  tokens: string[];
  tags: string[];
}

/** A -DOCSTART- block of a CoNLL file. */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Whether a line opens a new document. */
export function isDocStart(line: string): boolean {
  return line.startsWith('-DOCSTART-');
}

/** Parses CoNLL text (token first, tag last, blank lines between sentences) into documents. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (isDocStart(line)) {
      doc = { sentences: [] };
      docs.push(doc);
      sentence = null;
    } else if (line.trim() === '') {
      sentence = null;
    } else {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      if (!sentence) {
        sentence = { lines: [], tokens: [], tags: [] };
        doc.sentences.push(sentence);
      }
      const cols = line.split(/\s+/);
      sentence.lines.push(line);
      sentence.tokens.push(cols[0]);
      sentence.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    }
  }
  return docs.filter((d) => d.sentences.length > 0);
}
