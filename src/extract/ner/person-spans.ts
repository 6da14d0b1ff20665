import { labelsToSpans, spansToLabels, NER_TYPES } from './labels.js';

// Two conventions the model sees too rarely in CoNLL's Reuters copy to learn (17 honorifics in all of
// eng.train), settled by rule after decoding: an honorific is not part of the name it opens ("Mr
// Okafor" -> "Okafor"; an honorific alone is no name), and a name that the model starts at a middle
// initial ("Thomas" + "J. Whitfield") begins at the given name before it.
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Prof)\.?$/;
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
      while (start < end && HONORIFIC.test(words[start])) start++;
      if (start === end) continue;
      const prev = fixed[fixed.length - 1];
      if (INITIAL.test(words[start]) && start > 0 && GIVEN_NAME.test(words[start - 1]) && !(prev && prev[1] === start) && !HONORIFIC.test(words[start - 1])) start--;
    }
    fixed.push([start, end, span[2]]);
  }
  const out = spansToLabels(fixed, labels.length);
  for (let i = 0; i < labels.length; i++) labels[i] = out[i];
}
