import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../project-root.js';
import { viewDocument, type DocumentView, type WordResources } from './document-view.js';
import { decodeDocument } from './greedy-decode.js';
import { labelPart, labelsToSpans, labelType, NER_TYPES } from './labels.js';
import { loadModel, NER_MODEL_FILE } from './model-file.js';
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

/** Named-entity tagger (averaged perceptron, greedy BILOU decoding) over token strings only. */
export class NerTagger {
  constructor(
    private readonly scorer: LabelScorer,
    private readonly resources: WordResources,
  ) {}

  /** Loads the model from `modelDir` (default <project>/models). */
  static load(modelDir = path.join(projectRoot(), 'models')): NerTagger {
    const file = path.join(modelDir, NER_MODEL_FILE);
    if (!fs.existsSync(file)) throw new Error(`NER model not found: ${file} (run npm run train:ner)`);
    const { table, resources } = loadModel(file);
    return new NerTagger(table, resources);
  }

  /** The tagger of the project's model, loaded once. */
  static default(): NerTagger {
    return (cached ??= NerTagger.load());
  }

  /** BILOU label ids per token; document-level features use all sentences. */
  labelDocument(sentences: string[][]): number[][] {
    return decodeDocument(viewDocument(sentences, this.resources), this.scorer);
  }

  /** IOB2 tags of a document already turned into a view (training reuses views across epochs). */
  tagLabels(view: DocumentView): string[][] {
    return decodeDocument(view, this.scorer).map(toIob2);
  }

  /** Tags a whole document: sentences of token strings -> IOB2 tags per token. Document-level features use all sentences. */
  tagDocument(sentences: string[][]): string[][] {
    return this.labelDocument(sentences).map(toIob2);
  }

  /** Same, as entity spans per sentence. */
  spansOfDocument(sentences: string[][]): NerSpan[][] {
    return this.labelDocument(sentences).map((labels) => labelsToSpans(labels).map(([start, end, t]) => ({ type: NER_TYPES[t], start, end })));
  }
}
