import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runNerConll } from '../../src/cli/ner-command.js';

const CONLL = [
  '-DOCSTART- -X- O O',
  '',
  'Norway NNP I-NP I-LOC',
  'talks NNS I-NP O',
  '',
  'Peter NNP I-NP I-PER',
  'Blackburn NNP I-NP I-PER',
  '',
  '-DOCSTART- -X- O O',
  '',
  'Oslo NNP I-NP I-LOC',
  '',
].join('\n');

async function run(file: string): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runNerConll(file, out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('runNerConll', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ner-'));
  const file = path.join(dir, 'sample.conll');
  fs.writeFileSync(file, CONLL);

  test('keeps every line and its columns, adds one tag column to token lines', async () => {
    const inLines = CONLL.split('\n');
    const outLines = (await run(file)).split('\n');
    expect(outLines).toHaveLength(inLines.length);
    inLines.forEach((line, i) => {
      if (line === '' || line.startsWith('-DOCSTART-')) expect(outLines[i]).toBe(line);
      else {
        expect(outLines[i].startsWith(line + ' ')).toBe(true);
        expect(outLines[i].split(' ')).toHaveLength(line.split(' ').length + 1);
      }
    });
    expect(outLines[2]).toBe('Norway NNP I-NP I-LOC B-LOC');
    expect(outLines[10]).toBe('Oslo NNP I-NP I-LOC B-LOC');
  });

  test('names the file it cannot read', async () => {
    await expect(runNerConll(path.join(dir, 'missing.conll'), new PassThrough())).rejects.toThrow(/missing\.conll/);
  });
});
