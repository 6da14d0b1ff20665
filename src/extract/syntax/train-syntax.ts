import { AveragedWeights, FrozenWeights } from './class-weights.js';
import type { ConlluSentence } from './conllu.js';
import { buildTagDictionary, tagFeatures, tagWords } from './pos-tagger.js';
import { trainParse } from './dependency-parser.js';
import { trainBeamParse } from './beam-parser.js';
import { childrenOf, labelFeatures } from './dep-labeller.js';
import { learnLemmas } from './lemmatizer.js';
import { viewWords, type WordView } from './word-form.js';
import type { SyntaxParts } from './syntax-model.js';
import { packWordClusters, WordClusters } from './word-cluster-table.js';

/** Training schedule; the defaults are what `npm run train:parse` uses. */
export interface TrainSyntaxOptions {
  /** Tagger epochs (default 8). */
  tagEpochs?: number;
  /** Parser epochs (default 15); the dynamic oracle explores from the second one. */
  parseEpochs?: number;
  /** Beam width of the parser (default 1: greedy, trained with the dynamic oracle; wider: globally trained, beam-parser.ts). */
  beamWidth?: number;
  /** Labeller epochs (default 10). */
  labelEpochs?: number;
  /** Folds for the jackknifed tags the parser trains on (default 4). */
  folds?: number;
  /** Tag and label classes seen fewer times are folded into a frequent one (default 3). */
  minCount?: number;
  /** Word -> cluster path, coarse to fine (models/ner-clusters.tsv.gz); the model keeps the levels it reads. */
  clusters?: ReadonlyMap<string, readonly number[]>;
  /** Lower-case word -> bucket of how often news capitalizes it mid-sentence (ner/capitalization-stats.ts), for the tagger. */
  capitalization?: ReadonlyMap<string, number>;
  /** Called after each epoch. */
  log?: (message: string) => void;
  /**
   * A cache of the tagging step (jackknifed tags and the final tagger), the slowest part, for
   * iterating on the parser; results are the same with or without it.
   */
  tagCache?: { get(): TaggingResult | undefined; set(r: TaggingResult): void };
}

/** What the tagging step hands to the parser's training. */
export interface TaggingResult {
  predicted: Int32Array[];
  tagger: { keys: Uint32Array; weights: Float32Array };
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

function shuffled(n: number, rand: () => number): number[] {
  const a = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function countsOf(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

// Rare "UPOS|XPOS" pairs (NUM|LS, X|VBN) become the commonest pair of the same UPOS; rare relation
// subtypes become their base relation (or dep), so every class has data behind it.
function classMap(counts: Map<string, number>, minCount: number, fallback: (v: string, kept: string[]) => string): Map<string, number> & { names: string[] } {
  const names = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
  const m = new Map<string, number>() as Map<string, number> & { names: string[] };
  names.forEach((v, i) => m.set(v, i));
  for (const v of counts.keys()) if (!m.has(v)) m.set(v, m.get(fallback(v, names)) ?? 0);
  m.names = names;
  return m;
}

function trainTagger(views: WordView[], gold: Int32Array[], which: number[], classes: number, epochs: number, seed: number): AveragedWeights {
  const model = new AveragedWeights(classes);
  const feats = new Uint32Array(40);
  const scores = new Float64Array(classes);
  const rand = lcg(seed);
  for (let e = 0; e < epochs; e++) {
    for (const k of shuffled(which.length, rand)) {
      const s = which[k];
      const v = views[s];
      const g = gold[s];
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < g.length; i++) {
        const n = tagFeatures(v, i, p1, p2, feats);
        scores.fill(0);
        model.score(feats, n, scores);
        let guess = 0;
        for (let y = 1; y < classes; y++) if (scores[y] > scores[guess]) guess = y;
        model.update(feats, n, g[i], guess);
        model.step++;
        p2 = p1;
        p1 = guess;
      }
    }
  }
  return model;
}

/** Trains tagger, parser, labeller and lemmatizer on gold CoNLL-U sentences; deterministic. */
export function trainSyntax(sentences: ConlluSentence[], options: TrainSyntaxOptions = {}): SyntaxParts {
  const { tagEpochs = 8, parseEpochs = 15, labelEpochs = 10, folds = 4, minCount = 3, beamWidth = 1, log = () => {} } = options;
  const data = sentences.filter((s) => s.words.length > 0);
  const words = data.flatMap((s) => s.words);
  const tagMap = classMap(countsOf(words.map((w) => `${w.upos}|${w.xpos}`)), minCount, (v, kept) => kept.find((k) => k.startsWith(v.slice(0, v.indexOf('|') + 1))) ?? kept[0]);
  const labelMap = classMap(countsOf(words.map((w) => w.deprel).concat('root', 'root', 'root')), minCount, (v, kept) => (kept.includes(v.split(':')[0]) ? v.split(':')[0] : 'dep'));
  const tags = tagMap.names;
  const labels = labelMap.names;
  const clusterTable = options.clusters ? packWordClusters(options.clusters) : undefined;
  const clusters = clusterTable ? new WordClusters(clusterTable) : undefined;
  const capTable = options.capitalization ? packWordClusters(new Map([...options.capitalization].map(([w, b]) => [w, [b]])), [0]) : undefined;
  const capitalization = capTable ? new WordClusters(capTable) : undefined;
  const views = data.map((s) => viewWords(s.words.map((w) => w.form), clusters, capitalization));
  const goldTags = data.map((s) => Int32Array.from(s.words, (w) => tagMap.get(`${w.upos}|${w.xpos}`)!));
  const goldHeads = data.map((s) => Int32Array.from(s.words, (w) => w.head));
  const goldLabels = data.map((s) => Int32Array.from(s.words, (w) => labelMap.get(w.deprel)!));
  const all = [...data.keys()];

  const tagDictionary = buildTagDictionary(views.flatMap((v, s) => v.norms.map((w, i) => [w, goldTags[s][i]] as [string, number])));
  // Jackknifed tags: the parser and labeller learn from tags as noisy as the ones they will see.
  let tagging = options.tagCache?.get();
  if (!tagging) {
    const predicted: Int32Array[] = new Array(data.length);
    for (let f = 0; f < folds; f++) {
      const t = trainTagger(views, goldTags, all.filter((i) => i % folds !== f), tags.length, tagEpochs, 11 + f).freeze();
      for (const i of all) if (i % folds === f) predicted[i] = tagWords(t, views[i], tagDictionary);
    }
    const t = trainTagger(views, goldTags, all, tags.length, tagEpochs, 7).freeze();
    tagging = { predicted, tagger: { keys: t.keys, weights: t.denseWeights() } };
    options.tagCache?.set(tagging);
  }
  const predTags = tagging.predicted;
  const tagger = FrozenWeights.fromDense(tags.length, tagging.tagger.keys, tagging.tagger.weights);
  let right = 0;
  let total = 0;
  predTags.forEach((p, s) => p.forEach((t, i) => ((total += 1), (right += t === goldTags[s][i] ? 1 : 0))));
  log(`jackknifed tag accuracy ${((100 * right) / total).toFixed(2)}%; tagger: ${tagger.keys.length} features`);

  const upos = tags.map((t) => t.slice(0, t.indexOf('|')));
  const uposId = Int32Array.from(upos, (u) => upos.indexOf(u));
  const inputs = data.map((_, s) => {
    const punctBefore = new Int32Array(predTags[s].length + 1);
    predTags[s].forEach((t, i) => (punctBefore[i + 1] = punctBefore[i] + (upos[t] === 'PUNCT' ? 1 : 0)));
    return { wordIds: views[s].wordIds, tags: predTags[s], coarse: predTags[s].map((t) => uposId[t]), punctBefore, clusters: views[s].clusters };
  });
  const parser = new AveragedWeights(4);
  const rand = lcg(3);
  for (let e = 0; e < parseEpochs; e++) {
    let r = 0;
    let t = 0;
    for (const s of shuffled(data.length, rand)) {
      if (beamWidth > 1) {
        r += trainBeamParse(parser, inputs[s], goldHeads[s], beamWidth) ? 1 : 0;
        t++;
        continue;
      }
      const [a, b] = trainParse(parser, inputs[s], goldHeads[s], () => e > 0 && rand() < 0.9);
      r += a;
      t += b;
    }
    log(`parser epoch ${e + 1}: ${((100 * r) / t).toFixed(2)}% ${beamWidth > 1 ? 'sentences without a violation' : 'zero-cost moves'}`);
  }

  const labeller = new AveragedWeights(labels.length);
  const rootLabel = labels.indexOf('root');
  const arcs: Array<{ feats: Uint32Array; gold: number }> = [];
  const buf = new Uint32Array(64);
  data.forEach((_, s) => {
    const x = { wordIds: views[s].wordIds, tags: predTags[s], heads: goldHeads[s], clusters: views[s].clusters };
    const kids = childrenOf(x.heads);
    for (let d = 0; d < x.heads.length; d++) if (x.heads[d] >= 0) arcs.push({ feats: buf.slice(0, labelFeatures(x, kids, d, buf)), gold: goldLabels[s][d] });
  });
  const scores = new Float64Array(labels.length);
  for (let e = 0; e < labelEpochs; e++) {
    let r = 0;
    for (const k of shuffled(arcs.length, rand)) {
      const a = arcs[k];
      scores.fill(0);
      labeller.score(a.feats, a.feats.length, scores);
      let guess = rootLabel === 0 ? 1 : 0;
      for (let y = 0; y < labels.length; y++) if (y !== rootLabel && scores[y] > scores[guess]) guess = y;
      if (guess === a.gold) r++;
      labeller.update(a.feats, a.feats.length, a.gold, guess);
      labeller.step++;
    }
    log(`labeller epoch ${e + 1}: ${((100 * r) / arcs.length).toFixed(2)}% right`);
  }
  return {
    tags,
    labels,
    tagger,
    tagDictionary: Object.fromEntries(tagDictionary),
    parser: parser.freeze(),
    labeller: labeller.freeze(),
    lemmas: learnLemmas(words),
    clusters: clusterTable,
    capitalization: capTable,
    beamWidth,
  };
}
