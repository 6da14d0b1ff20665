import type { ArticleGraph, Entity, Statement } from '../../src/model/index.js';
import { contentOverlap, scoreEvents, scorePairs, scoreRelations, scoreStatements } from '../../scripts/lib/score-facts.js';
import { scoreQuotes, type QuoteGold } from '../../scripts/lib/score-quotes.js';

const person = (id: string, name: string, mentions: Array<[number, number]> = []): Entity => ({
  id, type: 'Person', name, aliases: [], mentions: mentions.map(([start, end]) => ({ start, end, text: name })),
});
const stmt = (start: number, end: number, speakerId: string | null, kind: Statement['kind'] = 'indirect', speakerSpan: Statement['speakerSpan'] = null): Statement => ({
  id: `s${start}`, speakerId, speakerSpan, cue: 'say', cueSpan: null, kind, text: '', start, end, aboutIds: [], confidence: 1, origin: 'test',
});
const graph = (parts: Partial<ArticleGraph>): ArticleGraph => ({
  article: { id: 'a', sourcePath: null, title: null, source: null, publishedAt: null, place: null, url: null },
  sentences: [], entities: [], statements: [], negotiations: [], events: [], relations: [], ...parts,
});

describe('scoreStatements', () => {
  const g = graph({
    entities: [person('person:clayton-yeutter', 'Clayton Yeutter'), person('person:mike-moore', 'Mike Moore')],
    statements: [stmt(0, 50, 'person:clayton-yeutter'), stmt(100, 150, 'person:clayton-yeutter'), stmt(300, 310, null)],
  });
  const gold = [
    { speaker: 'Clayton Yeutter', content: 'a', span: { start: 2, end: 48 } },
    { speaker: 'Mike Moore', content: 'b', span: { start: 100, end: 160 } },
  ];
  it('needs content and speaker; content-only ignores the speaker', () => {
    const s = scoreStatements(g, gold);
    expect(s.counts).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.contentOnly).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.misses[0]).toMatch(/Mike Moore.*speaker predicted: Clayton Yeutter/);
  });
});

describe('strict and lenient content overlap', () => {
  it.each([
    // [prediction, gold, strict (half the longer), lenient (half the shorter)]
    ['same span', [0, 100], [0, 100], 1, 1],
    ['prediction swallows a short gold', [0, 100], [10, 40], null, 1],
    ['prediction inside a long gold, 60%', [0, 60], [0, 100], 0.6, 1],
    ['shares 40% of the shorter', [0, 50], [30, 80], null, null],
    ['disjoint', [0, 10], [20, 30], null, null],
  ])('%s', (_name, [ps, pe], [gs, ge], strict, lenient) => {
    const p = { start: ps, end: pe };
    const g = { start: gs, end: ge };
    expect([contentOverlap(p, g, 'longer'), contentOverlap(p, g, 'shorter')]).toEqual([strict, lenient]);
  });

  const g = graph({
    entities: [person('person:a', 'Ann Smith'), person('person:b', 'Bob Jones')],
    statements: [stmt(0, 200, 'person:a'), stmt(300, 340, 'person:b')],
  });
  const gold = [
    { speaker: 'Ann Smith', content: 'a', span: { start: 10, end: 60 } },
    { speaker: 'Ann Smith', content: 'b', span: { start: 300, end: 340 } },
  ];
  it('the strict view does not credit a prediction four times the gold; wrong speakers are counted', () => {
    const strict = scoreStatements(g, gold, 'longer');
    const lenient = scoreStatements(g, gold, 'shorter');
    expect([strict.counts.tp, strict.contentOnly.tp, strict.wrongSpeaker]).toEqual([0, 1, 1]);
    expect([lenient.counts.tp, lenient.contentOnly.tp, lenient.wrongSpeaker]).toEqual([1, 2, 1]);
  });
});

describe('scoreRelations', () => {
  const ents: Entity[] = [
    person('person:charles-clarke', 'Charles Clarke'),
    person('person:sandra-howard', 'Sandra Howard'),
    person('person:michael-howard', 'Michael Howard'),
    { id: 'state:GBR', type: 'State', name: 'United Kingdom', aliases: ['Britain'], mentions: [] },
    { id: 'org:labour', type: 'Organization', name: 'Labour', aliases: [], mentions: [] },
  ];
  const rel = (type: ArticleGraph['relations'][number]['type'], fromId: string, toId: string) => ({
    id: `${type}:${fromId}:${toId}`, type, fromId, toId, evidence: [], confidence: 1, origin: 'test',
  });
  const g = graph({
    entities: ents,
    relations: [
      rel('HOLDS_ROLE', 'person:charles-clarke', 'state:GBR'),
      rel('SPOUSE_OF', 'person:michael-howard', 'person:sandra-howard'),
      rel('CITIZEN_OF', 'person:charles-clarke', 'state:GBR'),
      rel('MEMBER_OF', 'person:charles-clarke', 'org:labour'),
    ],
  });
  it('type + person + of; spouses either way; CITIZEN_OF is not judged; parties by their short name', () => {
    const s = scoreRelations(g, [
      { person: 'Charles Clarke', type: 'HOLDS_ROLE', role: 'home secretary', of: 'Britain' },
      { person: 'Sandra Howard', type: 'SPOUSE_OF', role: 'wife', of: 'Michael Howard' },
      { person: 'Charles Clarke', type: 'MEMBER_OF', role: null, of: 'Labour Party' },
      { person: 'Charles Clarke', type: 'SPOKESPERSON_OF', role: 'spokesman', of: 'Britain' },
    ]);
    expect(s.counts).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(s.misses).toEqual(['Charles Clarke SPOKESPERSON_OF Britain']);
  });
});

describe('scorePairs and scoreEvents', () => {
  const states: Entity[] = [
    { id: 'state:USA', type: 'State', name: 'United States', aliases: ['U.S.'], mentions: [] },
    { id: 'state:JPN', type: 'State', name: 'Japan', aliases: [], mentions: [] },
    { id: 'state:TUR', type: 'State', name: 'Turkey', aliases: [], mentions: [] },
  ];
  const base = { id: 'n', mediatorIds: [], excludedIds: [], topic: null, status: 'ongoing' as const, cameo: '046', evidence: [], confidence: 1, origin: 't' };
  const g = graph({
    entities: states,
    negotiations: [
      { ...base, partyIds: ['state:JPN', 'state:USA', 'state:TUR'] },
      { ...base, partyIds: ['state:USA', 'state:JPN'] },
    ],
    events: [
      { id: 'e1', type: 'meeting', cameo: '', date: null, count: null, evidence: [], confidence: 1, origin: 't',
        roles: [{ role: 'agent', entityId: 'state:JPN' }, { role: 'target', entityId: 'state:USA' }] },
      { id: 'e2', type: 'threat', cameo: '', date: null, count: null, evidence: [], confidence: 1, origin: 't',
        roles: [{ role: 'agent', entityId: 'state:JPN' }] },
    ],
  });
  it('pairs are unordered, deduplicated across negotiations, matched through aliases', () => {
    expect(scorePairs(g, [['U.S.', 'Japan']]).counts).toEqual({ tp: 1, fp: 2, fn: 0 });
  });
  it('meeting roles are symmetric, threat roles are not', () => {
    const s = scoreEvents(g, [
      { type: 'meeting', agent: 'United States', target: null, date: null },
      { type: 'threat', agent: 'United States', target: 'Japan', date: null },
    ]);
    expect(s.counts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('scoreQuotes', () => {
  const gold: QuoteGold[] = [
    // a quote split by "said Caddell": one attribution, two fragments
    { id: 'E1', content: [{ start: 0, end: 20 }, { start: 35, end: 60 }], source: [{ start: 27, end: 34 }], cueText: 'said', speech: true, direct: true },
    // a belief: outside the speech view
    { id: 'E2', content: [{ start: 100, end: 140 }], source: [{ start: 90, end: 95 }], cueText: 'wants', speech: false, direct: false },
    { id: 'E3', content: [{ start: 200, end: 240 }], source: null, cueText: 'said', speech: true, direct: false },
  ];
  const g = graph({
    entities: [person('person:pat-caddell', 'Pat Caddell', [[27, 34]])],
    statements: [
      stmt(1, 19, 'person:pat-caddell', 'direct'),
      stmt(36, 59, 'person:pat-caddell', 'direct'),
      stmt(101, 139, null, 'indirect', { start: 90, end: 95 }),
      stmt(400, 420, null),
    ],
  });
  const [all, speech, directSpeech] = scoreQuotes(g, gold);
  it('second fragment of a split quote is not a false positive', () => {
    expect(all).toMatchObject({ predMatched: 2, predUnmatched: 1, goldMatched: 2, goldUnmatched: 1 });
  });
  it('a match to a non-speech attribution is neutral in the speech view', () => {
    expect(speech).toMatchObject({ predMatched: 1, predUnmatched: 1, goldMatched: 1, goldUnmatched: 1 });
  });
  it('speaker judged by mention or speakerSpan overlap, only where gold has a Source', () => {
    expect(all).toMatchObject({ speakerJudged: 2, speakerCorrect: 2 });
  });
  it('direct view counts only direct predictions for precision', () => {
    expect(directSpeech).toMatchObject({ predMatched: 1, predUnmatched: 0, goldMatched: 1, goldUnmatched: 0 });
  });
});
