import { fragmentsText, parseBratAnn } from '../../scripts/lib/brat.js';

// Modelled on PolNeAR dev: a headline attribution, a quote split by "said Caddell" (discontinuous
// Content), and a second attribution reusing the first one's Source.
const TEXT = 'Pat Caddell: Voters worried. “One thing,” said Caddell. “Two.” Caddell, speaking of health.';
const ANN = [
  'T1\tSource 0 11\tPat Caddell',
  'T2\tCue 11 12\t:',
  'T3\tContent 13 28\tVoters worried.',
  'T4\tAttribution 11 12\t:',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tContent 29 41;56 62\t“One thing,” “Two.”',
  'T6\tCue 42 46\tsaid',
  'T7\tSource 47 54\tCaddell',
  'E2\tCue:T6 Source:T7 Content:T5',
  'T8\tCue 72 83\tspeaking of',
  'T9\tContent 84 90\thealth',
  'E3\tCue:T8 Content:T9 Source:T7',
  'E4\tCue:T8',
  'T10\tContent x y\tbroken',
  'E5\tContent:T99 Cue:T8',
  '#1\tAnnotatorNotes T1\tignored',
  '',
].join('\n');

describe('parseBratAnn', () => {
  const r = parseBratAnn(ANN);
  const byId = new Map(r.attributions.map((a) => [a.id, a]));

  const rows: Array<[string, string, string | null, string | null]> = [
    // attribution, content text, cue text, source text
    ['E1', 'Voters worried.', ':', 'Pat Caddell'],
    ['E2', '“One thing,” “Two.”', 'said', 'Caddell'],
    ['E3', 'health', 'speaking of', 'Caddell'],
  ];
  it.each(rows)('%s resolves its parts', (id, content, cue, source) => {
    const a = byId.get(id)!;
    expect(fragmentsText(TEXT, a.content.fragments)).toBe(content);
    expect(a.content.text).toBe(content);
    expect(a.cue ? fragmentsText(TEXT, a.cue.fragments) : null).toBe(cue);
    expect(a.source ? fragmentsText(TEXT, a.source.fragments) : null).toBe(source);
  });

  it('keeps discontinuous fragments', () => {
    expect(byId.get('E2')!.content.fragments).toEqual([{ start: 29, end: 41 }, { start: 56, end: 62 }]);
  });

  it('reports bad lines and dangling references as issues, not exceptions', () => {
    expect(r.attributions.map((a) => a.id)).toEqual(['E1', 'E2', 'E3']);
    expect(r.issues.map((i) => i.line)).toEqual([14, 13, 15, 15]);
    expect(r.issues.map((i) => i.message).join(' | ')).toMatch(/bad text-bound line.*E4: no Content.*E5: Content refers to missing T99/);
  });
});
