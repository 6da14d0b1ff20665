import type { Token } from '../model/doc.js';
import { ALL_ABBREVIATIONS } from './lexicon/abbreviations.js';

// Abbreviations whose final period belongs to the word (CoNLL/PTB keep "Mr." and "U.S." whole).
const ABBREVIATIONS = ALL_ABBREVIATIONS;

// One alternative per token shape, tried in order at each position:
// initialisms (U.S., U.N.), words with inner apostrophes or hyphens, numbers with separators,
// contractions split PTB-style ("do" + "n't", "Merkel" + "'s"), then any other single symbol.
const TOKEN = new RegExp(
  [
    String.raw`(?:[A-Za-z]\.){2,}`,
    // a middle initial ("Paul D. Ryan", "John J. Ferriola") keeps its period, as CoNLL tokens do
    String.raw`\b[A-Z]\.(?=\s+\p{Lu})`,
    String.raw`[A-Za-z]+(?=n['’]t\b)`,
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)\b`,
    String.raw`\d+(?:[.,:/]\d+)*(?:[A-Za-z]+)?`,
    String.raw`[\p{L}\p{M}\d]+(?:(?:-|['’](?!(?:[sSdDmM]|re|ve|ll|RE|VE|LL)\b))[\p{L}\p{M}\d]+)*`,
    String.raw`\.\.\.|--|[^\s]`,
  ].join('|'),
  'gu',
);

/** Splits text into CoNLL-style tokens with character offsets. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(offset, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = offset + m.index;
    // "Mr." and other known abbreviations keep their period.
    if (/^[A-Za-z]+$/.test(word) && slice[m.index + word.length] === '.' && ABBREVIATIONS.has(word.toLowerCase())) {
      word += '.';
      TOKEN.lastIndex += 1;
    }
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}
