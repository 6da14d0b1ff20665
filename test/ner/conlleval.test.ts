import { chunksOf, conlleval } from '../../src/extract/ner/conlleval.js';

describe('chunksOf (conlleval chunk boundaries)', () => {
  test.each<[string, string[], string[]]>([
    ['IOB1 run', ['I-PER', 'I-PER', 'O'], ['0:2:PER']],
    ['IOB1 B- splits touching entities', ['I-LOC', 'B-LOC', 'O'], ['0:1:LOC', '1:2:LOC']],
    ['IOB2', ['B-ORG', 'I-ORG', 'B-ORG'], ['0:2:ORG', '2:3:ORG']],
    ['type change ends a chunk', ['I-ORG', 'I-LOC'], ['0:1:ORG', '1:2:LOC']],
    ['chunk at sentence end', ['O', 'B-MISC', 'I-MISC'], ['1:3:MISC']],
    ['I- after O opens a chunk', ['O', 'I-PER'], ['1:2:PER']],
    ['all O', ['O', 'O'], []],
  ])('%s', (_name, tags, expected) => {
    expect(chunksOf(tags)).toEqual(expected);
  });
});

describe('conlleval', () => {
  test.each<[string, string[][], string[][], number, number, number]>([
    ['identical IOB1 vs IOB2 spellings', [['I-PER', 'I-PER', 'O', 'I-LOC']], [['B-PER', 'I-PER', 'O', 'B-LOC']], 100, 100, 100],
    ['wrong boundary counts as wrong', [['I-ORG', 'I-ORG']], [['B-ORG', 'O']], 0, 0, 0],
    ['wrong type counts as wrong', [['I-PER']], [['B-ORG']], 0, 0, 0],
    ['one of two found, nothing extra', [['I-PER', 'O', 'I-LOC']], [['B-PER', 'O', 'O']], 100, 50, 66.67],
    ['one right, one spurious', [['I-PER', 'O', 'O']], [['B-PER', 'O', 'B-MISC']], 50, 100, 66.67],
  ])('%s', (_name, gold, predicted, p, r, f) => {
    const { overall } = conlleval(gold, predicted);
    expect(overall.precision).toBeCloseTo(p, 1);
    expect(overall.recall).toBeCloseTo(r, 1);
    expect(overall.f1).toBeCloseTo(f, 1);
  });

  test('per-type counts', () => {
    const { byType } = conlleval([['I-PER', 'O', 'I-LOC'], ['I-LOC']], [['B-PER', 'O', 'B-ORG'], ['B-LOC']]);
    expect(byType.PER).toMatchObject({ correct: 1, guessed: 1, gold: 1 });
    expect(byType.LOC).toMatchObject({ correct: 1, guessed: 1, gold: 2 });
    expect(byType.ORG).toMatchObject({ correct: 0, guessed: 1, gold: 0 });
  });
});
