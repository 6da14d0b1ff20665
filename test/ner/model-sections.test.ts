import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readModelSections, writeModelSections, type SectionValue } from '../../src/extract/ner/model-sections.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-sections-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Odd lengths put every later section at an offset a view could not use unaligned.
const cases: Array<[string, Record<string, SectionValue>]> = [
  ['typed arrays of every width', { a: Uint8Array.of(1, 2, 3), b: Int16Array.of(-32000, 0, 7), c: Uint32Array.of(0xffffffff, 1), d: Float32Array.of(0.1, -2.5), e: Float64Array.of(Math.PI) }],
  ['lines with accents and spaces', { words: ['Zürich', 'New York', 'são paulo', ''], n: Int32Array.of(-1, 0, 1, 2) }],
  ['empty sections', { none: [], one: [''], zero: new Uint8Array(0), after: Float64Array.of(1.5) }],
];

describe('model sections', () => {
  test.each(cases)('%s come back the same', (name, sections) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.bin`);
    writeModelSections(file, 'test/1', { name }, sections);
    const m = readModelSections(file, 'test/1');
    expect(m.meta).toEqual({ name });
    for (const [key, v] of Object.entries(sections)) {
      if (Array.isArray(v)) expect(m.lines(key)).toEqual(v);
      else expect(Array.from(m.array(key, v.constructor as never) as ArrayLike<number>)).toEqual(Array.from(v));
    }
  });

  test('the same input writes the same bytes', () => {
    const [a, b] = ['x.bin', 'y.bin'].map((f) => path.join(dir, f));
    writeModelSections(a, 'test/1', { k: 1 }, cases[0][1]);
    writeModelSections(b, 'test/1', { k: 1 }, cases[0][1]);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  });

  test.each([
    ['another format', (f: string) => readModelSections(f, 'other/1'), /format test\/1/],
    ['a section of another type', (f: string) => readModelSections(f, 'test/1').array('a', Int32Array), /section a is u8/],
    ['a missing section', (f: string) => readModelSections(f, 'test/1').lines('nope'), /no section nope/],
  ])('refuses %s', (_, read, message) => {
    const file = path.join(dir, 'refuse.bin');
    writeModelSections(file, 'test/1', {}, { a: Uint8Array.of(1) });
    expect(() => read(file)).toThrow(message);
  });

  test('refuses a file that is not a model', () => {
    const file = path.join(dir, 'not.bin');
    fs.writeFileSync(file, '{"format":"test/1"}');
    expect(() => readModelSections(file, 'test/1')).toThrow(/not a newsgraph model file/);
  });
});
