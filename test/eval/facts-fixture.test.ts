import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectedSplit, loadFactsFixtures, locateContent, sourceKey, splitByHash, type GoldSource } from '../../scripts/lib/facts-fixture.js';

const GOLD = path.resolve('test/fixtures/gold');

describe('locateContent', () => {
  const body = 'Yeutter said the talks\n    were stalled. "They will resume," he said.';
  it.each([
    ['exact', 'the talks\n    were stalled', 0, 13, 39],
    ['line breaks folded into spaces', 'the talks were stalled', 0, 13, 39],
    ['absent', 'the talks collapsed', 0, null, null],
    ['only at or after `from` (the title line is never annotated)', 'said', 20, 64, 68],
    ['folded form found at `from`', 'talks were', 17, 17, 31],
    ['folded form before `from` is not found', 'talks were', 18, null, null],
  ])('%s', (_name, content, from, start, end) => {
    const span = locateContent(body, content, from);
    expect(span ? [span.start, span.end] : [null, null]).toEqual([start, end]);
  });
});

describe('split rule', () => {
  it.each<[GoldSource, string, 'dev' | 'test']>([
    [{ corpus: 'bbc', path: 'politics/001.txt' }, 'bbc:politics/001.txt', 'test'],
    [{ corpus: 'polnear', split: 'dev', name: 'x' }, 'polnear:dev:x', 'dev'],
    [{ corpus: 'reuters', newId: 660 }, 'reuters:660', 'dev'],
  ])('%j: key %s, hash split %s', (source, key, split) => {
    expect(sourceKey(source)).toBe(key);
    expect(splitByHash(source)).toBe(split);
  });
  it('the tuned-on Reuters articles are dev whatever their hash', () => {
    const tuned: GoldSource = { corpus: 'reuters', newId: 248 };
    expect([splitByHash(tuned), expectedSplit(tuned)]).toEqual(['test', 'dev']);
  });
});

describe('gold fixtures', () => {
  const loaded = loadFactsFixtures(GOLD);
  it('all parse, at least 36 articles from at least two corpora, no article twice', () => {
    expect(loaded.length).toBeGreaterThanOrEqual(36);
    expect(new Set(loaded.map((l) => l.fixture.source.corpus)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(loaded.map((l) => sourceKey(l.fixture.source))).size).toBe(loaded.length);
  });
  it('every file has the split the guide\'s rule gives and is named after its source', () => {
    const fileName = (s: GoldSource) =>
      s.corpus === 'bbc' ? `bbc-${s.path.replace('/', '-').replace(/\.txt$/, '')}.json`
        : s.corpus === 'reuters' ? `reuters-${s.newId}.json` : `polnear-${s.name}.json`;
    const wrong = loaded
      .filter((l) => l.fixture.split !== expectedSplit(l.fixture.source) || path.basename(l.file) !== fileName(l.fixture.source))
      .map((l) => path.basename(l.file));
    expect(wrong).toEqual([]);
  });
  it('both splits hold at least a quarter of the articles', () => {
    const test = loaded.filter((l) => l.fixture.split === 'test').length;
    expect(Math.min(test, loaded.length - test)).toBeGreaterThanOrEqual(loaded.length / 4);
  });

  const write = (name: string, json: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-'));
    fs.writeFileSync(path.join(dir, name), json);
    return dir;
  };
  const ok = { source: { corpus: 'bbc', path: 'politics/001.txt' }, split: 'test', title: 't', statements: [], negotiationPairs: [], events: [], relations: [] };
  const withKey = (k: string, v: unknown) => JSON.stringify({ ...ok, [k]: v });
  it.each([
    ['bad JSON', '{', /bad\.json: not valid JSON/],
    ['unknown event type', withKey('events', [{ type: 'riot', agent: 'X', target: null, date: null }]), /bad\.json: bad fixture: events\.0\.type/],
    ['event with neither agent nor target', withKey('events', [{ type: 'meeting', agent: null, target: null, date: null }]), /bad\.json: .*agent or a target/],
    ['pair of three', withKey('negotiationPairs', [['A', 'B', 'C']]), /bad\.json: bad fixture: negotiationPairs\.0/],
    ['unknown field', withKey('speakers', []), /bad\.json: bad fixture/],
    ['statement without kind', withKey('statements', [{ speaker: 'A', content: 'b' }]), /bad\.json: bad fixture: statements\.0\.kind/],
    ['unknown relation type', withKey('relations', [{ person: 'A', type: 'FRIEND_OF', role: null, of: 'B' }]), /bad\.json: bad fixture: relations\.0\.type/],
    ['unknown corpus', withKey('source', { corpus: 'guardian', path: 'x.txt' }), /bad\.json: bad fixture: source/],
    ['BBC path outside the category/NNN.txt form', withKey('source', { corpus: 'bbc', path: '../x.txt' }), /bad\.json: bad fixture: source\.path/],
    ['missing split', JSON.stringify({ ...ok, split: undefined }), /bad\.json: bad fixture: split/],
  ])('%s is an error naming the file', (_name, json, message) => {
    expect(() => loadFactsFixtures(write('bad.json', json))).toThrow(message);
  });
});
