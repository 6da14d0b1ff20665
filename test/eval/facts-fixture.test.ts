import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFactsFixtures, locateContent } from '../../scripts/lib/facts-fixture.js';

const FIXTURES = path.resolve('test/fixtures/reuters-facts');

describe('locateContent', () => {
  const body = 'Yeutter said the talks\n    were stalled. "They will resume," he said.';
  it.each([
    ['exact', 'the talks\n    were stalled', 13, 39],
    ['line breaks folded into spaces', 'the talks were stalled', 13, 39],
    ['absent', 'the talks collapsed', null, null],
  ])('%s', (_name, content, start, end) => {
    const span = locateContent(body, content);
    expect(span ? [span.start, span.end] : [null, null]).toEqual([start, end]);
  });
});

describe('reuters-facts fixtures', () => {
  it('all parse, at least 12 articles, no duplicate newIds', () => {
    const loaded = loadFactsFixtures(FIXTURES);
    expect(loaded.length).toBeGreaterThanOrEqual(12);
    expect(new Set(loaded.map((l) => l.fixture.newId)).size).toBe(loaded.length);
  });

  const write = (name: string, json: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-'));
    fs.writeFileSync(path.join(dir, name), json);
    return dir;
  };
  const ok = { newId: 1, title: 't', statements: [], negotiationPairs: [], events: [] };
  it.each([
    ['bad JSON', '{', /bad\.json: not valid JSON/],
    ['unknown event type', JSON.stringify({ ...ok, events: [{ type: 'riot', agent: 'X', target: null, date: null }] }), /bad\.json: bad fixture: events\.0\.type/],
    ['event with neither agent nor target', JSON.stringify({ ...ok, events: [{ type: 'meeting', agent: null, target: null, date: null }] }), /bad\.json: .*agent or a target/],
    ['pair of three', JSON.stringify({ ...ok, negotiationPairs: [['A', 'B', 'C']] }), /bad\.json: bad fixture: negotiationPairs\.0/],
    ['unknown field', JSON.stringify({ ...ok, speakers: [] }), /bad\.json: bad fixture/],
  ])('%s is an error naming the file', (_name, json, message) => {
    expect(() => loadFactsFixtures(write('bad.json', json))).toThrow(message);
  });
});
