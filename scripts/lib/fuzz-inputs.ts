// Seeded inputs for `npm run fuzz`: case i of seed s is the same bytes on every machine and run, so a
// finding is reproduced with `--seed s --case i`.

/** The formats the readers take. */
export type FuzzFormat = 'txt' | 'json' | 'jsonl' | 'html' | 'sgml';

/** One generated input: the bytes of a file of that format and how it was made. */
export interface FuzzCase {
  seed: number;
  index: number;
  format: FuzzFormat;
  /** The mutations applied, for the report. */
  label: string;
  bytes: Uint8Array;
}

/** Real texts to mutate: article bodies (the seed article, Reuters) and raw Reuters SGML records. */
export interface FuzzCorpus {
  texts: string[];
  sgmlRecords: string[];
}

/** mulberry32: a small, fast PRNG with a 32-bit state; enough for choosing mutations. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Inputs are kept under this size so that a case runs in seconds; size limits are tested apart. */
const MAX_CHARS = 1_000_000;

// Pieces that have hurt parsers of this kind: quote marks of every style, datelines, speech verbs,
// titles, brackets, control and invisible characters, astral and combining characters, regex and
// Cypher/Lucene syntax.
const HOSTILE = [
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '(', ')', '[', ']', '{', '}', '\n', '\n\n', '\r\n', '\t', '\u0000',
  '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\u0301', '😀', '𝔘', 'ǅ', 'İ', 'ß', '\u2028', '\u00a0',
  'MINSK, August 22. /TASS/. ', 'WASHINGTON, March 3 (Reuters) - ', 'LONDON (AP) — ', ' said ', ' told reporters ',
  ' according to ', 'President ', 'Prime Minister ', ' U.S. ', ' Mr. ', ' talks with ', ' agreed ', ' released ',
  'he said.', ', she added.', '...', '!!!', '???', ' -- ', ' — ', '*', '~', '\\', '%', '$1', '(?:', '.*', "x' WITH true AS t MATCH (s) DETACH DELETE s //",
  ' AND OR NOT ', '&amp;', '&#0;', '&#x110000;', '<b>', '</p>', '<!--', ']]>', '<REUTERS>', '</BODY>',
];
const WORDS = ['the', 'said', 'talks', 'minister', 'President', 'Smith', 'Ivanova', 'France', 'Germany', 'Chile', 'agreed', 'released', 'prisoners', 'on', 'Monday', 'with', 'of', 'and', 'Reuters', 'envoy', 'U.N.', 'EU', 'NATO', '"', ',', '.', 'he', 'she', 'they', 'sanctions', 'meeting', 'in', 'Geneva'];

type Mutation = (r: Rng, s: string) => string;

const at = (r: Rng, s: string) => int(r, s.length + 1);

const MUTATIONS: Record<string, Mutation> = {
  hostile: (r, s) => {
    let out = s;
    for (let k = 1 + int(r, 8); k > 0; k--) {
      const i = at(r, out);
      out = out.slice(0, i) + pick(r, HOSTILE) + out.slice(i);
    }
    return out;
  },
  delete: (r, s) => {
    const i = at(r, s);
    return s.slice(0, i) + s.slice(i + int(r, 200));
  },
  duplicate: (r, s) => {
    const i = at(r, s);
    const piece = s.slice(i, i + 1 + int(r, 300));
    return s.slice(0, i) + piece.repeat(1 + int(r, 2000)) + s.slice(i);
  },
  longRun: (r, s) => {
    const i = at(r, s);
    const word = pick(r, ['word ', 'Word ', 'Smith ', 'a', '"a ', ', ', 'x'.repeat(50), '\u00e9', '😀', ' ']);
    return s.slice(0, i) + word.repeat(1000 + int(r, 100_000)) + s.slice(i);
  },
  swapSentences: (r, s) => {
    const parts = s.split(/(?<=[.!?])\s+/);
    for (let k = parts.length - 1; k > 0; k--) {
      const j = int(r, k + 1);
      [parts[k], parts[j]] = [parts[j], parts[k]];
    }
    return parts.join(' ');
  },
  quotes: (r, s) => s.replace(/["“”]/g, () => pick(r, ['"', '“', '”', '', '«', "'"])),
  caseFlip: (r, s) => (r() < 0.5 ? s.toUpperCase() : s.toLowerCase()),
  newlines: (r, s) => s.replace(/ /g, () => (r() < 0.05 ? pick(r, ['\n', '\n\n', '\r', '\n   ']) : ' ')),
  truncate: (r, s) => s.slice(0, at(r, s)),
};

function tokenSoup(r: Rng): string {
  return Array.from({ length: 1 + int(r, 3000) }, () => (r() < 0.1 ? pick(r, HOSTILE) : pick(r, WORDS))).join(r() < 0.9 ? ' ' : '');
}

function randomString(r: Rng): string {
  return Array.from({ length: int(r, 2000) }, () => String.fromCharCode(r() < 0.7 ? 32 + int(r, 95) : int(r, 0x10000))).join('');
}

function nested(r: Rng, depth: number, open: string, close: string, inner: string): string {
  return open.repeat(depth) + inner + (r() < 0.7 ? close.repeat(depth) : '');
}

const HTML_NOISE = [
  '<script>while(true){}</script>', '<script>document.write("<p>injected</p>")</script>', '<style>p{display:none}</style>',
  '<img src=x onerror=alert(1)>', '<iframe src="javascript:alert(1)"></iframe>', '<!-- unclosed comment', '<![CDATA[ x ]]>',
  '<p', '<div class="', '</div></div></div>', '<svg><foreignObject><p>svg text</p></foreignObject></svg>', '<template><p>hidden</p></template>',
  '<nav><a href="/">Home</a></nav>', '<table><tr><td>cell</td></tr></table>', '<math><mi>x</mi></math>', '<base href="javascript:x">',
];

function wrapHtml(r: Rng, text: string): string {
  const paras = text.split(/\n+/).map((p) => `<p>${p.replace(/</g, r() < 0.8 ? '&lt;' : '<')}</p>`);
  for (let k = int(r, 6); k > 0; k--) paras.splice(int(r, paras.length + 1), 0, pick(r, HTML_NOISE));
  let body = paras.join('\n');
  const roll = r();
  if (roll < 0.1) body = nested(r, 10 + int(r, 20_000), '<div>', '</div>', body);
  else if (roll < 0.2) body += `<p>${'&amp;'.repeat(int(r, 200_000))}${'&'.repeat(int(r, 1000))}amp;</p>`;
  else if (roll < 0.25) body = body.replace(/<p>/g, () => `<p ${Array.from({ length: int(r, 500) }, (_, i) => `a${i}="${i}"`).join(' ')}>`);
  const head = r() < 0.8 ? `<head><title>${text.slice(0, int(r, 120))}</title><meta property="article:published_time" content="${pick(r, ['2024-05-03T10:00:00Z', 'garbage', '', '9999-99-99'])}"></head>` : '';
  return r() < 0.9 ? `<!doctype html><html>${head}<body><article>${body}</article></body></html>` : body;
}

function jsonValue(r: Rng, text: string): unknown {
  const v = (): unknown => pick(r, [text, text.slice(0, 80), null, 42, true, [], {}, '', ' ', '\u0000', { text }]);
  const o: Record<string, unknown> = {};
  o[pick(r, ['text', 'body', 'text', 'Text', 'content'])] = r() < 0.85 ? text : v();
  for (const k of ['title', 'source', 'url', 'publishedAt', '__proto__', 'constructor']) if (r() < 0.4) o[k] = r() < 0.7 ? text.slice(0, int(r, 200)) : v();
  return o;
}

function wrapJson(r: Rng, text: string): string {
  const roll = r();
  if (roll < 0.1) return nested(r, 1 + int(r, 100_000), pick(r, ['[', '{"a":']), pick(r, [']', '}']), JSON.stringify(jsonValue(r, text)));
  const value = roll < 0.5 ? jsonValue(r, text) : Array.from({ length: 1 + int(r, 5) }, () => jsonValue(r, text));
  let json = JSON.stringify(value);
  if (r() < 0.2) json = json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (r() < 0.1) json = json.replace(/\\u00e9|é/, '\\ud800'); // a lone surrogate, legal in JSON
  return r() < 0.2 ? MUTATIONS.hostile(r, json) : json;
}

function wrapJsonl(r: Rng, text: string): string {
  const lines = Array.from({ length: 1 + int(r, 6) }, () => (r() < 0.8 ? JSON.stringify(jsonValue(r, text)) : pick(r, ['{oops', '', '[]', 'null', '"text"', '{"text":', '\r', '   '])));
  return lines.join(r() < 0.9 ? '\n' : '\r\n');
}

function wrapSgml(r: Rng, text: string, records: string[]): string {
  const own = `<REUTERS TOPICS="YES" NEWID="${int(r, 30000)}">\n<DATE>${pick(r, ['26-FEB-1987 15:01:01.79', 'XX-FOO-1987', ''])}</DATE>\n<TOPICS><D>trade</D>${r() < 0.3 ? '<D>' : ''}</TOPICS>\n<TEXT>\n<TITLE>${text.slice(0, 60)}</TITLE>\n<DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>${text.replace(/&/g, '&amp;')}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n`;
  const recs = [own, ...Array.from({ length: int(r, 3) }, () => (records.length ? pick(r, records) : own))];
  let sgml = recs.join('');
  if (r() < 0.4) sgml = MUTATIONS.hostile(r, sgml);
  if (r() < 0.2) sgml = sgml.replace(/<\/(BODY|REUTERS|TITLE|D)>/g, (m) => (r() < 0.5 ? '' : m));
  if (r() < 0.1) sgml = `<REUTERS NEWID="1"><TITLE>`.repeat(1 + int(r, 20_000)) + sgml;
  return sgml;
}

// Byte-level damage after encoding: invalid UTF-8 of each kind, NUL bytes, a cut inside a sequence.
const BAD_BYTES = [[0xff], [0xfe], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0x00]];

function damageBytes(r: Rng, bytes: Uint8Array): Uint8Array {
  const out = [...bytes];
  for (let k = 1 + int(r, 6); k > 0; k--) {
    const i = int(r, out.length + 1);
    if (r() < 0.3 && out.length) out[Math.min(i, out.length - 1)] ^= 1 << int(r, 8);
    else out.splice(i, 0, ...pick(r, BAD_BYTES));
  }
  if (r() < 0.1) out.length = int(r, out.length + 1);
  return Uint8Array.from(out);
}

const FORMATS: FuzzFormat[] = ['txt', 'txt', 'json', 'jsonl', 'html', 'sgml'];

/** Case `index` of `seed`: a text (real or random), mutated, wrapped in a format, maybe damaged as bytes. */
export function fuzzCase(seed: number, index: number, corpus: FuzzCorpus): FuzzCase {
  const r = prng((Math.imul(seed, 0x9e3779b1) ^ index) >>> 0);
  const format = pick(r, FORMATS);
  const roll = r();
  const labels: string[] = [];
  let text = roll < 0.75 && corpus.texts.length ? pick(r, corpus.texts) : roll < 0.9 ? tokenSoup(r) : randomString(r);
  labels.push(roll < 0.75 ? 'corpus' : roll < 0.9 ? 'soup' : 'random');
  const names = Object.keys(MUTATIONS);
  for (let k = int(r, 5); k > 0; k--) {
    const name = pick(r, names);
    if (name === 'longRun' && r() < 0.7) continue; // keep most cases fast
    text = MUTATIONS[name](r, text).slice(0, MAX_CHARS);
    labels.push(name);
  }
  if (format === 'txt' && r() < 0.3) text = `${text.slice(0, int(r, 150)).replace(/\n/g, ' ')}\n\n${pick(r, ['MINSK, August 22. /TASS/. ', 'PARIS, May 3 (AFP) - ', 'NEW YORK, Jan. 5 (AP) — ', ''])}${text}`;
  const wrapped = { txt: () => text, json: () => wrapJson(r, text), jsonl: () => wrapJsonl(r, text), html: () => wrapHtml(r, text), sgml: () => wrapSgml(r, text, corpus.sgmlRecords) }[format]();
  let bytes: Uint8Array = format === 'sgml' ? Buffer.from(wrapped, 'latin1') : new TextEncoder().encode(wrapped);
  if (r() < 0.25) {
    bytes = damageBytes(r, bytes);
    labels.push('bytes');
  }
  return { seed, index, format, label: labels.join('+'), bytes };
}
