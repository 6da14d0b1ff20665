import type { ConlluSentence } from '../../src/extract/syntax/conllu.js';
import type { SyntaxModel } from '../../src/extract/syntax/syntax-model.js';
import type { SyntaxWord } from '../../src/model/syntax.js';

/** Accuracy of a syntax model on gold CoNLL-U (gold tokenization), every word counted (punctuation too). */
export interface ParseScore {
  words: number;
  upos: number;
  uas: number;
  /** Full labels, subtypes included (nsubj:pass must be nsubj:pass). */
  las: number;
  /** Labels compared on the universal part only (nsubj:pass = nsubj), as the CoNLL 2018 shared task did. */
  lasUniversal: number;
  lemma: number;
  seconds: number;
}

/** Parses every sentence (twice: the first pass warms the JIT) and scores the second pass. */
export function scoreParse(model: SyntaxModel, sentences: ConlluSentence[]): ParseScore {
  const forms = sentences.map((s) => s.words.map((w) => w.form));
  let predicted: SyntaxWord[][] = forms.map((f) => model.parse(f));
  const t0 = process.hrtime.bigint();
  predicted = forms.map((f) => model.parse(f));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let words = 0, upos = 0, uas = 0, las = 0, lasU = 0, lemma = 0;
  const base = (l: string) => l.split(':')[0];
  sentences.forEach((s, i) =>
    s.words.forEach((g, j) => {
      const p = predicted[i][j];
      words++;
      if (p.upos === g.upos) upos++;
      if (p.lemma === g.lemma) lemma++;
      if (p.head !== g.head) return;
      uas++;
      if (p.deprel === g.deprel) las++;
      if (base(p.deprel) === base(g.deprel)) lasU++;
    }),
  );
  const pct = (n: number) => (100 * n) / words;
  return { words, upos: pct(upos), uas: pct(uas), las: pct(las), lasUniversal: pct(lasU), lemma: pct(lemma), seconds };
}

/** The lines eval:parse and train:parse print. */
export function formatParseScore(name: string, s: ParseScore): string[] {
  return [
    `${name}: ${s.words} words (gold tokenization, punctuation counted)`,
    `UPOS ${s.upos.toFixed(2)}%  UAS ${s.uas.toFixed(2)}  LAS ${s.las.toFixed(2)} (full labels; ${s.lasUniversal.toFixed(2)} on universal labels)  lemma ${s.lemma.toFixed(2)}%`,
    `speed: ${Math.round(s.words / s.seconds)} words/s on one core (tagger + parser + labeller + lemmatizer, warm)`,
  ];
}
