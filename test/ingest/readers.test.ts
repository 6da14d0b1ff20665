import { Readable } from 'node:stream';
import { decodeText } from '../../src/ingest/decode-text.js';
import { parseDateline } from '../../src/ingest/parse-dateline.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readPath } from '../../src/ingest/read-inputs.js';
import { readJson, readJsonl } from '../../src/ingest/read-json.js';
import { readTxt } from '../../src/ingest/read-txt.js';

describe('datelines', () => {
  test.each([
    ['MINSK, August 22. /TASS/. Belarusian President', { place: 'Minsk', date: '--08-22', source: 'TASS' }],
    ['WASHINGTON, March 3, 2021 (Reuters) - The US', { place: 'Washington', date: '2021-03-03', source: 'Reuters' }],
    ['SALVADOR, Feb 26 - Showers continued', { place: 'Salvador', date: '--02-26', source: null }],
    ['NEW YORK, Jan. 5 (AP) — A jury', { place: 'New York', date: '--01-05', source: 'AP' }],
    ['LONDON (Reuters) - Britain said', { place: 'London', date: null, source: 'Reuters' }],
    ['The president said on Monday', null],
  ])('%s', (text, want) => {
    const d = parseDateline(text);
    if (want === null) expect(d).toBeNull();
    else expect(d).toMatchObject(want);
  });
});

describe('plain text', () => {
  test('a title line, then a dateline; --date gives the year', () => {
    const text = 'Talks resume in Geneva\n\nGENEVA, May 4 (Reuters) - Talks resumed on Monday.';
    const a = readTxt(text, 'a.txt', '2024-05-06');
    expect(a).toMatchObject({ title: 'Talks resume in Geneva', place: 'Geneva', source: 'Reuters', publishedAt: '2024-05-04', text });
  });
  test('the same text has the same id however its whitespace is wrapped', () => {
    expect(readTxt('A  b\nc.', null).id).toBe(readTxt('A b c.', null).id);
  });
});

describe('bytes to text', () => {
  test.each([
    [Buffer.from('\uFEFFhello'), { text: 'hello' }],
    [Buffer.from('  \n '), { issue: { code: 'EMPTY' } }],
    [Buffer.from([0x48, 0x00, 0x49]), { issue: { code: 'BINARY' } }],
    [Buffer.from([0xff, 0xfe, 0x41]), { issue: { code: 'BINARY' } }],
    [Buffer.from('x'.repeat(20)), { issue: { code: 'TOO_LARGE' } }],
  ])('%#', (bytes, want) => {
    expect(decodeText(bytes, 'f.txt', 10 + (want.issue?.code === 'TOO_LARGE' ? 0 : 100))).toMatchObject(want);
  });
});

describe('JSON and JSONL', () => {
  test('an object with body and metadata', () => {
    const [r] = readJson(JSON.stringify({ body: 'PARIS, May 3 (AFP) - France said so.', title: 'T', url: 'https://x.test/a', publishedAt: '2024-05-03T10:00:00Z' }), 'a.json');
    expect(r).toMatchObject({ article: { title: 'T', url: 'https://x.test/a', publishedAt: '2024-05-03', place: 'Paris', source: 'AFP' } });
  });
  test('a bad line is named with its number and the others are read', () => {
    const rs = readJsonl('{"text":"one story here."}\n{oops\n{"title":"no text"}\n\n{"text":"two."}\n', 'f.jsonl');
    expect(rs.map((r) => ('issue' in r ? `${r.issue.code}:${r.issue.line}` : 'ok'))).toEqual(['ok', 'INVALID_JSON:2', 'INVALID_RECORD:3', 'ok']);
  });
  test('invalid JSON is one issue naming the file', () => {
    expect(readJson('{', 'x.json')).toEqual([{ issue: expect.objectContaining({ code: 'INVALID_JSON', file: 'x.json' }) }]);
  });
});

describe('HTML', () => {
  test('keeps the article text and drops the menus', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story says that the ministers of both countries met again on Monday to discuss the trade dispute at length.</p>`).join('');
    const html = `<html><head><title>Trade talks | Daily</title><meta property="og:site_name" content="The Daily"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article><h1>Trade talks</h1>${paragraphs}</article><footer>Copyright The Daily. Subscribe now.</footer></body></html>`;
    const a = readHtml(html, 'p.html')!;
    expect(a.text).toContain('Paragraph 0 of the story');
    expect(a.text).not.toMatch(/Home|Subscribe/);
    expect(a.source).toBe('The Daily');
    expect(a.text.split('\n')).toHaveLength(6);
  });
});

describe('standard input', () => {
  test('is read and its format sniffed', async () => {
    const stdin = Readable.from([Buffer.from('{"text":"a story."}\n{"text":"another story."}\n')]);
    const rs = await readPath('-', { maxBytes: 1000, stdin });
    expect(rs.map((r) => ('article' in r ? r.article.sourcePath : r.issue.code))).toEqual(['<stdin>:1', '<stdin>:2']);
  });
});
