import fs from 'node:fs/promises';
import { parseConllu, writeConlluSentence } from '../extract/syntax/conllu.js';
import { SyntaxModel } from '../extract/syntax/syntax-model.js';

/**
 * `kg parse --conllu FILE`: writes the CoNLL-U file back with predicted UPOS, HEAD and DEPREL
 * (columns 4, 7, 8) on every word line; comments, multiword-token ranges, empty nodes and every
 * other column pass through unchanged. The parser reads the FORM column only (gold tokenization).
 */
export async function runParseConllu(inputPath: string, out: NodeJS.WritableStream, model: SyntaxModel = SyntaxModel.default()): Promise<void> {
  let text: string;
  try {
    text = await fs.readFile(inputPath, 'utf8');
  } catch (e) {
    throw new Error(`kg parse: cannot read CoNLL-U file ${inputPath}: ${(e as Error).message}`);
  }
  const body = parseConllu(text)
    .map((s) => writeConlluSentence(s, model.parse(s.words.map((w) => w.form))))
    .join('');
  await new Promise<void>((resolve, reject) => out.write(body, (err) => (err ? reject(err) : resolve())));
}
