import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../project-root.js';
import { viewDocument, type DocumentView, type WordResources } from './document-view.js';
import { viterbiDocument } from './viterbi-decode.js';
import { documentPredictions, type DocumentPredictions } from './document-predictions.js';
import { fixPersonSpans } from './person-spans.js';
import { swallowsCommonWord, uncapsHeadline } from './truecase.js';
import { labelPart, labelsToSpans, labelType, NER_TYPES } from './labels.js';
import { loadModel, NER_MODEL_FILE } from './model-file.js';
import { GAZETTEER_CATEGORIES, type GazetteerCategory } from './gazetteer.js';
import type { LabelScorer } from './perceptron.js';

/** Entity types the tagger assigns. */
export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** An entity in a sentence: token indices, end exclusive. */
export interface NerSpan {
  type: NerType;
  start: number;
  end: number;
}


let cached: NerTagger | undefined;

function toIob2(labels: number[]): string[] {
  return labels.map((y) => (y === 0 ? 'O' : `${labelPart(y) === 1 || labelPart(y) === 4 ? 'B' : 'I'}-${NER_TYPES[labelType(y)]}`));
}

/**
 * Named-entity tagger (structured averaged perceptron, Viterbi over BILOU labels) over token strings only. With a
 * second scorer, tagging takes two passes: the second reads the first's labels of the whole document.
 */
export class NerTagger {
  constructor(
    private readonly scorer: LabelScorer,
    private readonly resources: WordResources,
    private readonly second?: LabelScorer,
    /** Previous labels kept per token in the Viterbi search (the trainer's NER_BEAM). */
    private readonly beam = 8,
  ) {}

  private decode(view: DocumentView, scorer: LabelScorer, predictions?: DocumentPredictions): number[][] {
    return viterbiDocument(view, scorer, undefined, undefined, predictions, { beam: this.beam });
  }

  /** Loads the model from `modelDir` (default <project>/models). */
  static load(modelDir = path.join(projectRoot(), 'models')): NerTagger {
    const file = path.join(modelDir, NER_MODEL_FILE);
    if (!fs.existsSync(file)) throw new Error(`NER model not found: ${file} (run npm run train:ner)`);
    const { tables, resources } = loadModel(file);
    return new NerTagger(tables[0], resources, tables[1]);
  }

  /** The tagger of the project's model, loaded once. */
  static default(): NerTagger {
    return (cached ??= NerTagger.load());
  }

  /** BILOU label ids per token; document-level features use all sentences. */
  labelDocument(sentences: string[][]): number[][] {
    return this.labelView(viewDocument(sentences, this.resources));
  }

  /** BILOU labels of a document already turned into a view (training reuses views across epochs). */
  labelView(view: DocumentView): number[][] {
    const first = this.decode(view, this.scorer);
    const labels = this.second ? this.decode(view, this.second, documentPredictions(view, first)) : first;
    labels.forEach((sentence, s) => {
      if (view.capsSentence[s]) this.retagHeadline(view.words[s], sentence);
      fixPersonSpans(view.words[s], sentence);
    });
    return labels;
  }

  private retagHeadline(words: string[], labels: number[]): void {
    const caps = this.resources.capitalization;
    if (!labelsToSpans(labels).some(([a, b]) => swallowsCommonWord(words, a, b, caps))) return;
    const [again] = this.decode(viewDocument([uncapsHeadline(words, caps)], this.resources), this.scorer);
    for (let i = 0; i < labels.length; i++) labels[i] = again[i];
  }

  /** Tags a whole document: sentences of token strings -> IOB2 tags per token. Document-level features use all sentences. */
  tagDocument(sentences: string[][]): string[][] {
    return this.labelDocument(sentences).map(toIob2);
  }

  /** Whether a phrase of tokens is in one gazetteer category (the cheap form, for scans over every token). */
  inGazetteer(tokens: string[], category: GazetteerCategory): boolean {
    const key = tokens.length === 1 ? tokens[0].toLowerCase() : tokens.join(' ').toLowerCase();
    return ((this.resources.gazetteer.entries.get(key) ?? 0) & (1 << GAZETTEER_CATEGORIES.indexOf(category))) !== 0;
  }

  /** How often news capitalizes a word where capitals are free, 0 (never) to CAP_BUCKETS - 1 (always); -1 if unknown. */
  capitalizationBucket(word: string): number {
    return this.resources.capitalization.get(word.toLowerCase()) ?? -1;
  }

  /** Whether the model's resources know a word at all: clusters, capitalization statistics or gazetteer. */
  knowsWord(word: string): boolean {
    const lower = word.toLowerCase();
    return this.resources.clusters.has(word) || this.resources.capitalization.has(lower) || this.resources.gazetteer.entries.has(lower);
  }

  /** Same, as entity spans per sentence. */
  spansOfDocument(sentences: string[][]): NerSpan[][] {
    return this.labelDocument(sentences).map((labels) => labelsToSpans(labels).map(([start, end, t]) => ({ type: NER_TYPES[t], start, end })));
  }
}
