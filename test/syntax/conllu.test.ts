import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseConllu, writeConlluSentence } from '../../src/extract/syntax/conllu.js';
import { runParseConllu } from '../../src/cli/parse-command.js';

// Two sentences with what CoNLL-U allows besides plain words: comments, a multiword token range
// (4-5 "didn't"), an empty node (6.1) and features/MISC columns that must pass through untouched.
const SAMPLE = [
  '# sent_id = s1',
  '# text = The talks resumed on Monday.',
  '1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_',
  '2\ttalks\ttalk\tNOUN\tNNS\tNumber=Plur\t3\tnsubj\t3:nsubj\t_',
  '3\tresumed\tresume\tVERB\tVBD\tMood=Ind|Tense=Past\t0\troot\t0:root\t_',
  '4\ton\ton\tADP\tIN\t_\t5\tcase\t5:case\t_',
  '5\tMonday\tMonday\tPROPN\tNNP\tNumber=Sing\t3\tobl:tmod\t3:obl:tmod\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_',
  '',
  '# sent_id = s2',
  '# text = She didn\'t say so, and he did.',
  '1\tShe\tshe\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\tMood=Ind\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_',
  '4\tsay\tsay\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\t_',
  '5\tso\tso\tADV\tRB\t_\t4\tadvmod\t4:advmod\tSpaceAfter=No',
  '6\t,\t,\tPUNCT\t,\t_\t9\tpunct\t9:punct\t_',
  '7\tand\tand\tCCONJ\tCC\t_\t9\tcc\t9:cc\t_',
  '8\the\the\tPRON\tPRP\tCase=Nom\t9\tnsubj\t9:nsubj\t_',
  '9\tdid\tdo\tVERB\tVBD\tMood=Ind\t4\tconj\t4:conj:and\tSpaceAfter=No',
  '9.1\tsay\tsay\tVERB\tVB\t_\t_\t_\t9:xcomp\tCopyOf=4',
  '10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
].join('\n');

describe('CoNLL-U reading and writing', () => {
  test('words skip ranges and empty nodes; heads are 0-based with -1 for the root', () => {
    const [s1, s2] = parseConllu(SAMPLE);
    expect(s1.words.map((w) => w.form)).toEqual(['The', 'talks', 'resumed', 'on', 'Monday', '.']);
    expect(s1.words.map((w) => w.head)).toEqual([1, 2, -1, 4, 2, 2]);
    expect(s2.words.map((w) => w.form)).toEqual(['She', 'did', "n't", 'say', 'so', ',', 'and', 'he', 'did', '.']);
    expect(s2.words[8]).toMatchObject({ lemma: 'do', upos: 'VERB', deprel: 'conj', head: 3 });
  });

  test('writing back the gold columns reproduces the file byte for byte', () => {
    const out = parseConllu(SAMPLE)
      .map((s) => writeConlluSentence(s, s.words))
      .join('');
    expect(out).toBe(SAMPLE + '\n');
  });

  test('kg parse changes columns 4, 7 and 8 of word lines only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-'));
    const file = path.join(dir, 'sample.conllu');
    fs.writeFileSync(file, SAMPLE);
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    await runParseConllu(file, stream);
    const inLines = SAMPLE.split('\n');
    const outLines = Buffer.concat(chunks).toString('utf8').split('\n');
    expect(outLines.slice(0, inLines.length)).toHaveLength(inLines.length);
    inLines.forEach((line, i) => {
      const a = line.split('\t');
      const b = outLines[i].split('\t');
      if (!/^\d+\t/.test(line)) return expect(outLines[i]).toBe(line);
      expect(b).toHaveLength(10);
      for (const c of [0, 1, 2, 4, 5, 8, 9]) expect(b[c]).toBe(a[c]);
      expect(b[3]).toMatch(/^[A-Z]+$/);
      expect(Number(b[6])).toBeGreaterThanOrEqual(0);
      expect(b[7]).toMatch(/^[a-z]+(:[a-z]+)?$/);
    });
    // one root per sentence
    expect(outLines.filter((l) => /^\d+\t/.test(l) && l.split('\t')[6] === '0')).toHaveLength(2);
  });

  test('names the file it cannot read', async () => {
    await expect(runParseConllu('/nonexistent/x.conllu', new PassThrough())).rejects.toThrow(/x\.conllu/);
  });
});
