import type { DocumentView } from './document-view.js';
import { labelsToSpans, labelType } from './labels.js';

// What a first tagging pass said about the whole document, read by the second pass (Ratinov & Roth
// 2009, "two-stage prediction aggregation"): a name tagged PER in one sentence and ORG in another,
// or "Blackburn" alone after "Peter Blackburn", is settled by the document as a whole, later
// sentences included, which one left-to-right pass cannot see.
/** First-pass labels of a document and their aggregates per lowercase word form. */
export interface DocumentPredictions {
  /** First-pass BILOU label of every token. */
  labels: number[][];
  /** Counts of first-pass types (PER, LOC, ORG, MISC, O) over the capitalized tokens of each form. */
  byForm: Map<string, Int32Array>;
  /** Counts of the types of first-pass entities of two or more tokens that contain each form. */
  inEntity: Map<string, Int32Array>;
}

function bump(map: Map<string, Int32Array>, key: string, slot: number): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = new Int32Array(5)));
  counts[slot]++;
}

/** Aggregates first-pass labels over a document. */
export function documentPredictions(doc: DocumentView, labels: number[][]): DocumentPredictions {
  const byForm = new Map<string, Int32Array>();
  const inEntity = new Map<string, Int32Array>();
  labels.forEach((sentence, s) => {
    const words = doc.words[s];
    for (let i = 0; i < sentence.length; i++) {
      const c = words[i].charCodeAt(0);
      if (c >= 65 && c <= 90) bump(byForm, doc.lower[s][i], sentence[i] === 0 ? 4 : labelType(sentence[i]));
    }
    for (const [a, b, t] of labelsToSpans(sentence)) if (b - a > 1) for (let i = a; i < b; i++) bump(inEntity, doc.lower[s][i], t);
  });
  return { labels, byForm, inEntity };
}
