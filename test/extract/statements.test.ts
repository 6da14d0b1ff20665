import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

// Each row: a short article written for the test, and the one statement it must yield — its
// content, the words naming the speaker, the entity they resolve to, the cue lemma and the kind.
interface Expected {
  text: string;
  speaker: string;
  entity: string;
  cue?: string;
  kind?: 'direct' | 'indirect' | 'mixed';
}

const INTRO = 'Maria Lopez spoke at the rally on Sunday.\n\n';

function find(graph: ArticleGraph, source: string, text: string) {
  const s = graph.statements.find((x) => x.text === text);
  const name = s?.speakerId ? graph.entities.find((e) => e.id === s.speakerId)?.name : undefined;
  const speaker = s?.speakerSpan ? source.slice(s.speakerSpan.start, s.speakerSpan.end) : undefined;
  return s && { text: s.text, speaker, entity: name, cue: s.cue, kind: s.kind };
}

describe('direct quotes in every quote style', () => {
  const rows: Array<[string, string, Expected]> = [
    ['straight double', `${INTRO}"We will win this election," Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', cue: 'say', kind: 'direct' }],
    ['curly double', `${INTRO}“We will win this election,” Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['single curly (British)', `${INTRO}‘We will win this election,’ Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['straight single', `${INTRO}'We will win this election,' Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['guillemets', `${INTRO}«We will win this election», Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['two apostrophes (archive copy)', `${INTRO}''We will win this election,'' Lopez said.`, { text: 'We will win this election', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['nested quote', `${INTRO}"They told us 'we will never give up' and we believed them," Lopez said.`, { text: "They told us 'we will never give up' and we believed them", speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['inverted order', `${INTRO}"Is this the only way forward?" asked Lopez.`, { text: 'Is this the only way forward?', speaker: 'Lopez', entity: 'Maria Lopez', cue: 'ask', kind: 'direct' }],
    ['honorific before the name', `${INTRO}"It is the only way forward," Ms. Lopez said.`, { text: 'It is the only way forward', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['party and state in brackets', `${INTRO}"It is the only way forward," Sen. Maria Lopez (D-Mass.) said Friday.`, { text: 'It is the only way forward', speaker: 'Maria Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['cue and colon before', `${INTRO}Lopez said: "The count is not over yet."`, { text: 'The count is not over yet.', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['cue with a complement before', `${INTRO}Lopez told the radio station, "The count is not over yet."`, { text: 'The count is not over yet.', speaker: 'Lopez', entity: 'Maria Lopez', cue: 'tell', kind: 'direct' }],
    ['participle cue', `${INTRO}Lopez defended the plan, saying, "It is the only way forward for this city."`, { text: 'It is the only way forward for this city.', speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['pull quote with a dash', `${INTRO}"I have nothing to hide." ― Maria Lopez`, { text: 'I have nothing to hide.', speaker: 'Maria Lopez', entity: 'Maria Lopez', kind: 'direct' }],
    ['manner-of-speaking cue', 'Protesters chanted "No justice, no peace" outside the court.', { text: 'No justice, no peace', speaker: 'Protesters', entity: 'protesters', cue: 'chant', kind: 'direct' }],
  ];
  test.each(rows)('%s', (_label, text, expected) => {
    expect(find(extract(text), text, expected.text)).toMatchObject(expected);
  });
});

describe('split and multi-paragraph quotes', () => {
  test('the second half of a split quote keeps the speaker', () => {
    const text = `${INTRO}"The talks have failed," Lopez said. "We will not return to the table."`;
    const g = extract(text);
    expect(find(g, text, 'The talks have failed')).toMatchObject({ speaker: 'Lopez', entity: 'Maria Lopez', kind: 'direct' });
    expect(find(g, text, 'We will not return to the table.')).toMatchObject({ entity: 'Maria Lopez', kind: 'direct' });
  });

  test('each paragraph of a quote that opens with a quote mark belongs to the speaker', () => {
    const text =
      `${INTRO}Lopez said: "The talks have failed. We will not return to the table.\n\n` +
      '"Our partners must understand that the offer has expired.\n\n"There will be no second chance."\n\nThe ministry declined to comment.';
    const g = extract(text);
    for (const part of ['The talks have failed. We will not return to the table.', 'Our partners must understand that the offer has expired.', 'There will be no second chance.']) {
      expect(find(g, text, part)).toMatchObject({ entity: 'Maria Lopez', kind: 'direct' });
    }
    expect(g.statements.some((s) => /declined/.test(s.text))).toBe(false);
  });

  test('a quote does not take the attribution of the next paragraph', () => {
    const text = `${INTRO}"The count is not over."\n\nLopez said the result would be known on Monday.`;
    const g = extract(text);
    expect(find(g, text, 'the result would be known on Monday')).toMatchObject({ entity: 'Maria Lopez', kind: 'indirect' });
    expect(g.statements.find((s) => s.text === 'The count is not over.')?.origin).not.toBe('rule:quote-attribution-after');
  });
});

describe('reported speech with each cue type', () => {
  const rows: Array<[string, string, Expected]> = [
    ['said', 'Johan Berg said the talks had failed.', { text: 'the talks had failed', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'say', kind: 'indirect' }],
    ['said with a subject first', 'Johan Berg said she was not going to resign over the report.', { text: 'she was not going to resign over the report', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'say' }],
    ['said it', 'In response, the Hanseatic Shipping Company said it would appeal the ruling.', { text: 'it would appeal the ruling', speaker: 'Hanseatic Shipping Company', entity: 'Hanseatic Shipping Company', cue: 'say' }],
    ['told reporters', 'Johan Berg told reporters that the talks had failed.', { text: 'the talks had failed', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'tell' }],
    ['warned', 'Johan Berg warned that the sanctions would hurt farmers.', { text: 'the sanctions would hurt farmers', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'warn' }],
    ['noted', 'Johan Berg noted that the economy grew by two percent.', { text: 'the economy grew by two percent', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'note' }],
    ['emphasized', 'Johan Berg emphasized that the army would stay neutral.', { text: 'the army would stay neutral', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'emphasize' }],
    ['announced', 'Johan Berg announced that the border would reopen on Monday.', { text: 'the border would reopen on Monday', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'announce' }],
    ['insisted', 'Johan Berg insisted that the election had been fair.', { text: 'the election had been fair', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'insist' }],
    ['denied', 'Johan Berg denied that his party had taken the money.', { text: 'his party had taken the money', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'deny' }],
    ['according to X (after)', 'The border will reopen on Monday, according to Johan Berg.', { text: 'The border will reopen on Monday', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'according to' }],
    ['according to X (before)', 'According to Johan Berg, the border will reopen on Monday.', { text: 'the border will reopen on Monday', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'according to' }],
    ["X's spokesman said", "Johan Berg's spokesman said the minister would attend the summit.", { text: 'the minister would attend the summit', speaker: "Johan Berg's spokesman", entity: 'Johan Berg', cue: 'say' }],
    ['post-posed ", X said."', 'The economy will recover next year, Johan Berg said.', { text: 'The economy will recover next year', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'say', kind: 'indirect' }],
    ['post-posed with a time', 'The economy will recover next year, Johan Berg said on Tuesday.', { text: 'The economy will recover next year', speaker: 'Johan Berg', entity: 'Johan Berg' }],
    ['post-posed inverted with apposition', 'The economy will recover next year, said Johan Berg, the finance minister.', { text: 'The economy will recover next year', speaker: 'Johan Berg', entity: 'Johan Berg' }],
    ['participle "adding that"', 'Johan Berg praised the deal, adding that the tariffs would fall in May.', { text: 'the tariffs would fall in May', speaker: 'Johan Berg', entity: 'Johan Berg', cue: 'add' }],
    ['partial quote (mixed)', 'Johan Berg said the government would "never accept" the proposal from the opposition.', { text: 'the government would "never accept" the proposal from the opposition', speaker: 'Johan Berg', entity: 'Johan Berg', kind: 'mixed' }],
  ];
  test.each(rows)('%s', (_label, text, expected) => {
    expect(find(extract(text), text, expected.text)).toMatchObject(expected);
  });

  test.each([
    ['a clause after the cue is not a trailer', 'During the rally on Monday, the former mayor said taxes would rise.', 'During the rally on Monday'],
    ['a noun is not a cue', "The minister's remarks came as the talks stalled in Geneva.", 'came as the talks stalled in Geneva'],
    ['"said to be" is not speech', 'The ship, said to be the largest in the fleet, sailed on Monday.', 'The ship'],
  ])('%s', (_label, text, wrong) => {
    expect(extract(text).statements.map((s) => s.text)).not.toContain(wrong);
  });
});

describe('speakers through coreference', () => {
  const rows: Array<[string, string, Expected]> = [
    ['pronoun -> previous named person', 'Johan Berg arrived in Oslo on Monday. He said the trip would focus on trade.', { text: 'the trip would focus on trade', speaker: 'He', entity: 'Johan Berg' }],
    ['pronoun after a direct quote', 'Johan Berg arrived in Oslo on Monday.\n\n"We will keep the embassy open," he said.', { text: 'We will keep the embassy open', speaker: 'he', entity: 'Johan Berg', kind: 'direct' }],
    ['title introduced before the name', 'Foreign Minister Johan Berg arrived in Oslo on Monday.\n\nThe foreign minister said the embassy would stay open.', { text: 'the embassy would stay open', speaker: 'The foreign minister', entity: 'Johan Berg' }],
    ['title in an apposition', 'Johan Berg, the foreign minister, arrived in Oslo on Monday.\n\nThe foreign minister said the embassy would stay open.', { text: 'the embassy would stay open', speaker: 'The foreign minister', entity: 'Johan Berg' }],
  ];
  test.each(rows)('%s', (_label, text, expected) => {
    expect(find(extract(text), text, expected.text)).toMatchObject(expected);
  });
});

describe('headline, transcript and question statements', () => {
  test.each([
    ['Graham: Trump rhetoric is destroying the party\n\nSenator Lindsey Graham spoke on Sunday.', 'person:lindsey-graham', 'Trump rhetoric is destroying the party'],
    ['TAPPER: Do you think the talks will resume?\n\nThe interview aired on Sunday.', null, 'Do you think the talks will resume?'],
    ['Senator Bernie Sanders called for a ban on assault weapons.', 'person:bernie-sanders', 'a ban on assault weapons'],
    ['Senator Bernie Sanders asked whether the talks would resume.', 'person:bernie-sanders', 'whether the talks would resume'],
  ])('%s', (text, speakerId, content) => {
    const st = extract(text).statements.find((s) => s.text === content);
    // a transcript line with no one to cite is kept as an unattributed direct quote (attributedStatements)
    expect(st).toBeDefined();
    expect(st!.speakerId).toBe(speakerId);
  });

  test('a line label is not a speaker', () => {
    expect(extract('Update: the talks resumed on Monday in Geneva.').statements).toEqual([]);
  });
});

describe('long appositions and participle clauses', () => {
  test('a person who opens the sentence speaks across a long apposition', () => {
    const g = extract('Greg Raiff, chief executive of Private Jet Services, an aviation consulting firm based in Boston, said the plane was an unusual choice.');
    expect(g.statements[0]).toMatchObject({ speakerId: 'person:greg-raiff', text: 'the plane was an unusual choice' });
  });

  test('", X said, adding that ..." gives two statements by X', () => {
    const g = extract('The candidate will speak in Washington this month, Mr. Paul Manafort said, adding that he would also hold rallies.');
    expect(g.statements.map((s) => [s.cue, s.speakerId, s.text])).toEqual([
      ['say', 'person:paul-manafort', 'The candidate will speak in Washington this month'],
      ['add', 'person:paul-manafort', 'he would also hold rallies'],
    ]);
  });
});

test('"X called Y \"Z\"" is a statement of X with the quoted word', () => {
  const g = extract('Speaker Paul Ryan on Tuesday called the remarks about the judge "racist," an extraordinary rebuke.');
  expect(g.statements[0]).toMatchObject({ speakerId: 'person:paul-ryan', kind: 'mixed', cue: 'call' });
  expect(g.statements[0].text).toMatch(/^the remarks about the judge "racist/);
});

test('"his press service said" speaks for the person named before', () => {
  const g = extract('President Alexander Novak has pardoned 16 people, his press service said on Wednesday.');
  expect(g.statements[0]).toMatchObject({ speakerId: 'person:alexander-novak', cue: 'say' });
});
