import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConllu } from '../../src/extract/syntax/conllu.js';
import { trainSyntax } from '../../src/extract/syntax/train-syntax.js';
import { saveSyntaxModel, SyntaxModel } from '../../src/extract/syntax/syntax-model.js';
import { ParseState, LEFT, RIGHT, SHIFT, REDUCE } from '../../src/extract/syntax/arc-eager.js';
import { beamParseHeads } from '../../src/extract/syntax/beam-parser.js';
import { parseHeads } from '../../src/extract/syntax/dependency-parser.js';
import { viewWords } from '../../src/extract/syntax/word-form.js';
import { projectRoot } from '../../src/project-root.js';

const tiny = parseConllu(fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'ud-tiny.conllu'), 'utf8'));
const options = { tagEpochs: 8, parseEpochs: 12, labelEpochs: 8, folds: 2, minCount: 1 };

function headAccuracy(model: SyntaxModel): number {
  let right = 0;
  let total = 0;
  for (const s of tiny) {
    const p = model.parse(s.words.map((w) => w.form));
    s.words.forEach((w, i) => ((total += 1), (right += Number(p[i].head === w.head))));
  }
  return right / total;
}

function roundTrip(beamWidth: number): SyntaxModel {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-beam-')), 'm.bin');
  saveSyntaxModel(file, trainSyntax(tiny, { ...options, beamWidth }), 0);
  return SyntaxModel.load(file);
}

describe('arc-eager state copies', () => {
  test('a copy continues exactly as the original', () => {
    const a = new ParseState(5);
    for (const m of [SHIFT, LEFT, SHIFT, RIGHT]) a.apply(m);
    const b = new ParseState(5);
    b.copyFrom(a);
    for (const m of [REDUCE, RIGHT, RIGHT]) {
      a.apply(m);
      b.apply(m);
    }
    expect(Array.from(b.finalHeads())).toEqual(Array.from(a.finalHeads()));
    expect(Array.from(a.finalHeads())).toEqual([1, -1, 1, 1, 3]);
  });
});

describe('beam-search parser', () => {
  test('a globally trained beam model learns its training sentences and keeps its width in the file', () => {
    const model = roundTrip(4);
    expect(model.parts.beamWidth).toBe(4);
    // an untrained model attaches about a fifth of the words right here
    expect(headAccuracy(model)).toBeGreaterThan(0.85);
  });

  test('a beam of one is the greedy parse', () => {
    const model = roundTrip(1);
    const upos = model.parts.tags.map((t) => t.slice(0, t.indexOf('|')));
    for (const s of tiny) {
      const forms = s.words.map((w) => w.form);
      const v = viewWords(forms);
      const tags = Int32Array.from(s.words, (w) => Math.max(0, upos.indexOf(w.upos)));
      const punctBefore = new Int32Array(forms.length + 1);
      const x = { wordIds: v.wordIds, tags, coarse: tags, punctBefore, clusters: v.clusters };
      expect(Array.from(beamParseHeads(model.parts.parser, x, 1))).toEqual(Array.from(parseHeads(model.parts.parser, x)));
    }
  });

  test('beam training is deterministic: two runs write the same bytes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'syntax-beam-'));
    const [a, b] = [path.join(dir, 'a.bin'), path.join(dir, 'b.bin')];
    saveSyntaxModel(a, trainSyntax(tiny, { ...options, parseEpochs: 4, beamWidth: 3 }), 0.01);
    saveSyntaxModel(b, trainSyntax(tiny, { ...options, parseEpochs: 4, beamWidth: 3 }), 0.01);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  });
});
