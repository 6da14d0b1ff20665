// CoNLL-2003 and unlabelled news for the NER scripts (train, cross-validate, build clusters).
import fs from 'node:fs';
import path from 'node:path';
import { readReutersDir } from '../../src/ingest/read-reuters-sgml.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { parseConll, type ConllDocument } from '../../src/extract/ner/conll.js';
import { chunksOf } from '../../src/extract/ner/conlleval.js';
import { NER_TYPES, spansToLabels } from '../../src/extract/ner/labels.js';
import { sharedData } from './shared-data.js';

/** Reads a CoNLL-2003 split by file name (eng.train, eng.testa) from the shared data. */
export function readConllSplit(name: string): ConllDocument[] {
  return parseConll(fs.readFileSync(sharedData('conll2003', name), 'utf8'));
}

/** Gold BILOU labels of every sentence of a document. */
export function goldLabels(doc: ConllDocument): number[][] {
  return doc.sentences.map((s) =>
    spansToLabels(
      chunksOf(s.tags).map((c) => {
        const [a, b, type] = c.split(':');
        return [Number(a), Number(b), NER_TYPES.indexOf(type as never)] as [number, number, number];
      }),
      s.tokens.length,
    ),
  );
}

/** Lowercased entity strings of labelled documents with their type index. */
export function entitiesOf(docs: ConllDocument[]): [string, number][] {
  const out: [string, number][] = [];
  for (const d of docs)
    for (const s of d.sentences)
      for (const c of chunksOf(s.tags)) {
        const [a, b, type] = c.split(':');
        out.push([s.tokens.slice(Number(a), Number(b)).join(' ').toLowerCase(), NER_TYPES.indexOf(type as never)]);
      }
  return out;
}

function paragraphs(text: string, out: string[][]): void {
  for (const para of text.split(/\n\s*\n|\n {2,}/)) {
    const toks = tokenize(para).map((t) => t.text);
    if (toks.length) out.push(toks);
  }
}

function textFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(p));
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** Which unlabelled corpora the word statistics read. */
export interface UnlabelledSources {
  reuters?: boolean;
  bbc?: boolean;
  polnear?: boolean;
}

// Unlabelled news, one token sequence per paragraph: Reuters-21578 bodies, the BBC News articles
// and PolNeAR's train and dev texts (never its test split, which is not in the shared data). Files
// are read in sorted order so the statistics built on them are deterministic.
/** Tokenized paragraphs of the unlabelled corpora. */
export function unlabelledCorpus(sources: UnlabelledSources = { reuters: true, bbc: true, polnear: true }): string[][] {
  const corpus: string[][] = [];
  if (sources.reuters) for (const d of readReutersDir(sharedData('reuters21578'))) if (d.body) paragraphs(d.body, corpus);
  if (sources.bbc) for (const f of textFiles(sharedData('bbc'))) paragraphs(fs.readFileSync(f, 'utf8'), corpus);
  if (sources.polnear)
    for (const split of ['train', 'dev']) for (const f of textFiles(sharedData('polnear', split, 'text'))) paragraphs(fs.readFileSync(f, 'utf8'), corpus);
  return corpus;
}
