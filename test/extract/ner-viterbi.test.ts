import { viewDocument, type DocumentView } from '../../src/extract/ner/document-view.js';
import { labelFeatureBases, labelFeatures, MAX_FEATURES, tokenFeatures, transitionFeatures } from '../../src/extract/ner/features.js';
import { Gazetteer } from '../../src/extract/ner/gazetteer.js';
import { isValidTransition, LABEL_COUNT, labelPart } from '../../src/extract/ner/labels.js';
import { AveragedPerceptron, type LabelScorer } from '../../src/extract/ner/perceptron.js';
import { viterbiDocument } from '../../src/extract/ner/viterbi-decode.js';

const L = LABEL_COUNT;
const view = (sentences: string[][]): DocumentView =>
  viewDocument(sentences, { clusters: new Map(), capitalization: new Map(), gazetteer: new Gazetteer(new Map()) });

// Every label-pair feature reads the label two back; the exact search over first-order paths can
// only match brute force when those weigh nothing, so the random scorer leaves them out.
const secondOrder = new Set<number>();
{
  const out = new Uint32Array(4);
  for (let p2 = -1; p2 < L; p2++) for (let p1 = -1; p1 < L; p1++) if (transitionFeatures(p1, p2, out, 0)) secondOrder.add(out[1]);
}

/** Deterministic pseudo-random weights per feature hash and label. */
function randomScorer(seed: number): LabelScorer {
  return {
    score(feats, n, scores) {
      for (let f = 0; f < n; f++) {
        if (secondOrder.has(feats[f])) continue;
        for (let y = 0; y < L; y++) scores[y] += ((Math.imul(feats[f] ^ seed, 2654435761 + y * 40503) >>> 0) % 2001) / 1000 - 1;
      }
    },
  };
}

function pathScore(doc: DocumentView, scorer: LabelScorer, labels: number[]): number {
  const feats = new Uint32Array(MAX_FEATURES);
  const bases = new Uint32Array(2);
  const scores = new Float64Array(L);
  let total = 0;
  labels.forEach((y, i) => {
    const p1 = i > 0 ? labels[i - 1] : -1;
    const p2 = i > 1 ? labels[i - 2] : -1;
    labelFeatureBases(doc, 0, i, bases);
    let k = tokenFeatures(doc, 0, i, { history: undefined, predictions: undefined }, feats);
    k = labelFeatures(bases, p1, feats, transitionFeatures(p1, p2, feats, k));
    scores.fill(0);
    scorer.score(feats, k, scores);
    total += scores[y];
  });
  return total;
}

const isValidPath = (labels: number[]) =>
  labels.every((y, i) => isValidTransition(i > 0 ? labels[i - 1] : -1, y)) && ![1, 2].includes(labelPart(labels[labels.length - 1]));

function bestByBruteForce(doc: DocumentView, scorer: LabelScorer, n: number): number {
  let best = -Infinity;
  const walk = (path: number[]) => {
    if (path.length === n) {
      if (isValidPath(path)) best = Math.max(best, pathScore(doc, scorer, path));
      return;
    }
    for (let y = 0; y < L; y++) if (isValidTransition(path.length ? path[path.length - 1] : -1, y)) walk([...path, y]);
  };
  walk([]);
  return best;
}

describe('Viterbi decoding over BILOU labels', () => {
  test.each<[string, string[], number]>([
    ['Reuters dateline', ['LONDON', 'Shell', 'said'], 7],
    ['BBC honorific', ['Mr', 'Okafor', 'left'], 11],
    ['US style', ['Gov.', 'Ruiz', 'vetoed', 'it'], 13],
  ])('the exact search finds the best-scoring valid path (%s)', (_style, words, seed) => {
    const doc = view([words]);
    const scorer = randomScorer(seed);
    const [labels] = viterbiDocument(doc, scorer, undefined, undefined, undefined, { beam: L });
    expect(isValidPath(labels)).toBe(true);
    expect(pathScore(doc, scorer, labels)).toBeCloseTo(bestByBruteForce(doc, scorer, words.length), 6);
  });

  test.each([1, 2, 4, 8, L])('beam %i: every path is valid BILOU and closes its last entity', (beam) => {
    const doc = view([
      ['The', 'European', 'Union', 'and', 'Japan', 'agreed', 'on', 'Friday', '.'],
      ['Anna', 'Berg', 'of', 'Nordic', 'Steel', 'AB', 'said', 'so'],
    ]);
    for (const seed of [1, 2, 3, 4, 5]) for (const labels of viterbiDocument(doc, randomScorer(seed), undefined, undefined, undefined, { beam })) expect(isValidPath(labels)).toBe(true);
  });

  test('no narrower beam finds a better path than the exact search', () => {
    const doc = view([['Talks', 'between', 'Acme', 'Corp', 'and', 'Lena', 'Ortiz', 'ended', 'in', 'Oslo']]);
    const scorer = randomScorer(99);
    const score = (beam: number) => pathScore(doc, scorer, viterbiDocument(doc, scorer, undefined, undefined, undefined, { beam })[0]);
    const exact = score(L);
    for (const beam of [1, 2, 4, 8]) expect(score(beam)).toBeLessThanOrEqual(exact + 1e-9);
  });

  test('the structured perceptron learns to reproduce its training labels', () => {
    // O=0, B-PER=1, L-PER=3, U-LOC=8, U-ORG=12 (see labels.ts).
    const sentences = [
      ['Maria', 'Lopez', 'visited', 'Lima', '.'],
      ['Acme', 'hired', 'Maria', 'Lopez', '.'],
      ['Lima', 'welcomed', 'Acme', '.'],
    ];
    const gold = [
      [1, 3, 0, 8, 0],
      [12, 0, 1, 3, 0],
      [8, 0, 12, 0],
    ];
    const doc = view(sentences);
    const model = new AveragedPerceptron();
    for (let epoch = 0; epoch < 10; epoch++) {
      viterbiDocument(doc, model, gold, (f, n, y, delta) => model.add(f, n, y, delta));
      model.step += 14;
    }
    expect(viterbiDocument(doc, model)).toEqual(gold);
  });
});
