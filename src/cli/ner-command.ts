import fs from 'node:fs/promises';
import { isDocStart } from '../extract/ner/conll.js';
import { NerTagger } from '../extract/ner/tagger.js';

/**
 * `kg ner --conll FILE`: writes every line of a CoNLL file back unchanged plus one column, the
 * predicted IOB2 tag; blank and -DOCSTART- lines pass through. Each -DOCSTART- block is one
 * document for the tagger's document-level features.
 */
export async function runNerConll(inputPath: string, out: NodeJS.WritableStream, tagger: NerTagger = NerTagger.default()): Promise<void> {
  let text: string;
  try {
    text = await fs.readFile(inputPath, 'utf8');
  } catch (e) {
    throw new Error(`kg ner: cannot read CoNLL file ${inputPath}: ${(e as Error).message}`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const tags: (string | null)[] = new Array(lines.length).fill(null);

  // Sentences are runs of non-blank, non-DOCSTART lines; remember each token's line to put tags back.
  let doc: { sentences: string[][]; at: number[][] } = { sentences: [], at: [] };
  const flush = () => {
    if (doc.sentences.length === 0) return;
    tagger.tagDocument(doc.sentences).forEach((sentence, s) => sentence.forEach((tag, i) => (tags[doc.at[s][i]] = tag)));
    doc = { sentences: [], at: [] };
  };
  let open = false;
  lines.forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (isDocStart(line)) flush();
    if (isDocStart(line) || line.trim() === '') {
      open = false;
      return;
    }
    if (!open) {
      doc.sentences.push([]);
      doc.at.push([]);
      open = true;
    }
    doc.sentences[doc.sentences.length - 1].push(line.trim().split(/\s+/)[0]);
    doc.at[doc.at.length - 1].push(n);
  });
  flush();

  const body = lines.map((raw, n) => (tags[n] === null ? raw : `${raw.replace(/\r$/, '')} ${tags[n]}`)).join('\n') + '\n';
  await new Promise<void>((resolve, reject) => out.write(body, (err) => (err ? reject(err) : resolve())));
}
