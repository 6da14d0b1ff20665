import { packWordClusters, WordClusters } from '../../src/extract/syntax/word-cluster-table.js';
import { viewWords } from '../../src/extract/syntax/word-form.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConllu } from '../../src/extract/syntax/conllu.js';
import { trainSyntax } from '../../src/extract/syntax/train-syntax.js';
import { saveSyntaxModel, SyntaxModel } from '../../src/extract/syntax/syntax-model.js';
import { projectRoot } from '../../src/project-root.js';

// Paths of five levels (16, 64, 256, 1024, 4096 clusters), as models/ner-clusters.tsv.gz holds them.
const tree = new Map<string, number[]>([
  ['Brussels', [3, 12, 50, 201, 804]],
  ['minister', [5, 21, 86, 345, 1381]],
  ['said', [9, 37, 150, 601, 2405]],
  ['us', [1, 4, 17, 70, 281]],
  ['US', [2, 8, 33, 134, 537]],
]);
const clusters = new WordClusters(packWordClusters(tree));

describe('word clusters for the syntax model', () => {
  test.each([
    ['Brussels', [3, 12, 804]],
    ['BRUSSELS', [3, 12, 804]], // headline capitals
    ['Minister', [5, 21, 1381]], // sentence-initial capital
    ['US', [2, 8, 537]], // the country, not the pronoun
    ['us', [1, 4, 281]],
    ['Okafor', [-1, -1, -1]],
  ])('%s -> 4-bit, 6-bit and full cluster %j', (form, expected) => {
    expect(clusters.idsOf([form]).map((level) => level[0])).toEqual(expected);
  });

  test('a view without a cluster table has no clusters, so the features leave them out', () => {
    expect(viewWords(['The', 'minister', 'said']).clusters).toBeUndefined();
    expect(viewWords(['The', 'minister', 'said'], clusters).clusters?.map((l) => Array.from(l))).toEqual([
      [-1, 5, 9],
      [-1, 21, 37],
      [-1, 1381, 2405],
    ]);
  });

  test('a model trained with clusters carries its own table; one trained without has none', () => {
    const tiny = parseConllu(fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'ud-tiny.conllu'), 'utf8'));
    const options = { tagEpochs: 2, parseEpochs: 2, labelEpochs: 2, folds: 2, minCount: 1 };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-clusters-'));
    saveSyntaxModel(path.join(dir, 'with.bin'), trainSyntax(tiny, { ...options, clusters: tree }), 0);
    saveSyntaxModel(path.join(dir, 'without.bin'), trainSyntax(tiny, options), 0);
    const withClusters = SyntaxModel.load(path.join(dir, 'with.bin'));
    expect(withClusters.parts.clusters?.levels).toBe(3);
    expect(withClusters.parts.clusters!.keys.length).toBe(tree.size);
    expect(withClusters.parse(['The', 'minister', 'said'])).toHaveLength(3);
    expect(SyntaxModel.load(path.join(dir, 'without.bin')).parts.clusters).toBeUndefined();
  });

  test('a tagger trained with capitalization statistics keeps them in the file and reads them', () => {
    const tiny = parseConllu(fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'ud-tiny.conllu'), 'utf8'));
    const capitalization = new Map([['the', 0], ['minister', 1], ['monday', 5], ['police', 0]]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-caps-')), 'm.bin');
    saveSyntaxModel(file, trainSyntax(tiny, { tagEpochs: 2, parseEpochs: 2, labelEpochs: 2, folds: 2, minCount: 1, capitalization }), 0);
    const model = SyntaxModel.load(file);
    expect(model.parts.capitalization?.keys.length).toBe(capitalization.size);
    const v = viewWords(['Monday', 'THE', 'Okafor'], undefined, new WordClusters(model.parts.capitalization!));
    expect(Array.from(v.capitalization!)).toEqual([5, 0, -1]);
  });
});
