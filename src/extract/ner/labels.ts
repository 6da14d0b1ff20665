/** Entity types of CoNLL-2003. */
export const NER_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;

// The tagger predicts BILOU labels (Ratinov & Roth 2009 found BILOU beats BIO for this task):
// label 0 is O, then for type t: 1+4t = B, 2+4t = I, 3+4t = L (last), 4+4t = U (unit).
/** Number of BILOU labels. */
export const LABEL_COUNT = 1 + 4 * NER_TYPES.length;

/** Position of a label inside its entity: 0 O, 1 B, 2 I, 3 L, 4 U. */
export function labelPart(label: number): number {
  return label === 0 ? 0 : ((label - 1) % 4) + 1;
}

/** Entity type index of a label, -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** Whether `label` may follow `prev` (-1 = sentence start). */
export function isValidTransition(prev: number, label: number): boolean {
  const open = prev > 0 && (labelPart(prev) === 1 || labelPart(prev) === 2);
  const part = labelPart(label);
  if (open) return (part === 2 || part === 3) && labelType(label) === labelType(prev);
  return part === 0 || part === 1 || part === 4;
}

/** Entity spans ([start, end, typeIndex]) to BILOU labels of a sentence of length n. */
export function spansToLabels(spans: [number, number, number][], n: number): number[] {
  const labels = new Array<number>(n).fill(0);
  for (const [s, e, t] of spans) {
    if (e - s === 1) labels[s] = 4 + 4 * t;
    else {
      labels[s] = 1 + 4 * t;
      for (let i = s + 1; i < e - 1; i++) labels[i] = 2 + 4 * t;
      labels[e - 1] = 3 + 4 * t;
    }
  }
  return labels;
}

/** BILOU labels to spans, reading an unfinished B/I run as ending where it stops. */
export function labelsToSpans(labels: ArrayLike<number>): [number, number, number][] {
  const spans: [number, number, number][] = [];
  let start = -1;
  for (let i = 0; i < labels.length; i++) {
    const part = labelPart(labels[i]);
    const type = labelType(labels[i]);
    if (start >= 0 && (part === 0 || part === 1 || part === 4 || type !== labelType(labels[start]))) {
      spans.push([start, i, labelType(labels[start])]);
      start = -1;
    }
    if (part === 4) spans.push([i, i + 1, type]);
    else if (part === 1 || ((part === 2 || part === 3) && start < 0)) start = i;
    if (part === 3 && start >= 0) {
      spans.push([start, i + 1, type]);
      start = -1;
    }
  }
  if (start >= 0) spans.push([start, labels.length, labelType(labels[start])]);
  return spans;
}
