import { labelsToSpans, spansToLabels, NER_TYPES } from './labels.js';
import { isAbbreviation, NAME_HONORIFICS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

// Two conventions the model sees too rarely in CoNLL's Reuters copy to learn (17 honorifics in all of
// eng.train, and "Sen." once), settled by rule after decoding: an honorific or an abbreviated title
// is not part of the name it opens ("Mr Okafor" -> "Okafor", "Sen. Patricia Alvarez" -> "Patricia
// Alvarez"; an honorific alone is no name), and a name that the model starts at a middle initial
// ("Thomas" + "J. Whitfield") begins at the given name before it. Abbreviated titles count only
// with their period: without it "Col" or "Rep" may be a word of the name.
const isTitle = (word: string) => isAbbreviation(NAME_HONORIFICS, word) || (word.endsWith('.') && isAbbreviation(TITLE_ABBREVIATIONS, word));
const INITIAL = /^\p{Lu}\.?$/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
const PER = NER_TYPES.indexOf('PER');

/** Applies the person-name conventions to the BILOU labels of one sentence, in place. */
export function fixPersonSpans(words: string[], labels: number[]): void {
  const spans = labelsToSpans(labels);
  if (!spans.some(([, , t]) => t === PER)) return;
  const fixed: [number, number, number][] = [];
  for (const span of spans) {
    let [start, end] = span;
    if (span[2] === PER) {
      while (start < end && isTitle(words[start])) start++;
      if (start === end) continue;
      const prev = fixed[fixed.length - 1];
      if (INITIAL.test(words[start]) && start > 0 && GIVEN_NAME.test(words[start - 1]) && !(prev && prev[1] === start) && !isTitle(words[start - 1])) start--;
    }
    fixed.push([start, end, span[2]]);
  }
  const out = spansToLabels(fixed, labels.length);
  for (let i = 0; i < labels.length; i++) labels[i] = out[i];
}
