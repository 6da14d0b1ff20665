import { extract } from '../helpers/seed.js';
import { readTxt } from '../../src/ingest/read-txt.js';
import { dominantState, stateRanking } from '../../src/extract/dominant-state.js';
import { isNationalOffice, officeExistsIn } from '../../src/extract/lexicon/national-offices.js';
import type { Doc } from '../../src/model/doc.js';
import { splitParagraphs, splitSentences } from '../../src/extract/sentences.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { SyntaxModel } from '../../src/extract/syntax/syntax-model.js';
import { findNames } from '../../src/extract/find-names.js';
import { applyNameContext } from '../../src/extract/name-context.js';

// A Doc with names found, as findTitles sees it.
function docOf(text: string): Doc {
  const article = readTxt(text, null);
  const syntax = SyntaxModel.default();
  const sentences = splitSentences(text, splitParagraphs(text)).map((s, index) => {
    const tokens = tokenize(text, s.start, s.end);
    return { ...s, index, paragraph: 0, tokens, syntax: syntax.parse(tokens.map((t) => t.text)) };
  });
  const doc: Doc = { article, text, sentences, mentions: [] };
  doc.mentions = applyNameContext(doc, findNames(doc));
  return doc;
}

describe('dominantState', () => {
  test.each([
    // [text, dominant state]
    ['MOSCOW, April 3 (Reuters) - The Soviet Union said it was indignant at U.S. statements, Japan and the U.S. agreed.', 'RUS'],
    ['Kenya\'s schools need help, the UK chancellor said. Kenya and Kenyan officials agreed.', 'KEN'],
    // a British politics story that names no state: its parties and chambers say Britain
    ['Labour and the Tories clashed in the Commons over the bill. Labour said it would win.', 'GBR'],
    // a state word that qualifies a title marks the foreign side
    ['Foreign Minister Ivan Petrov held talks with his Mongolian counterpart Bat Dorj in Moscow.', 'RUS'],
    ['Nothing here names a state at all.', undefined],
  ])('%s -> %s', (text, want) => {
    expect(dominantState(docOf(text))).toBe(want);
  });

  test('the dateline comes before any count of mentions', () => {
    const ranking = stateRanking(docOf('LONDON, April 3 (Reuters) - Japan, Japan and the Japanese were warned by the minister, Tokyo said.'));
    expect(ranking.slice(0, 2)).toEqual(['GBR', 'JPN']);
  });
});

describe('national offices and the systems that have them', () => {
  test.each([
    // [role, iso3, exists]
    ['president', 'GBR', false],
    ['president', 'USA', true],
    ['prime minister', 'USA', false],
    ['prime minister', 'CAN', true],
    ['foreign minister', 'USA', false],
    ['foreign minister', 'TUR', true],
    ['foreign minister', 'GBR', false],
    ['corporate affairs minister', 'GBR', true],
    ['home secretary', 'GBR', true],
    ['home secretary', 'FRA', false],
    ['chancellor', 'DEU', true],
    ['chancellor', 'FRA', false],
    ['secretary of state', 'USA', true],
    ['king', 'FRA', false],
  ])('%s in %s: %s', (role, iso3, want) => {
    expect(officeExistsIn(role, iso3)).toBe(want);
  });

  test.each([
    ['home secretary', true],
    ['labor minister', true],
    ['commerce secretary', true],
    ['press secretary', false],
    ['general secretary', false],
    ['chief executive', false],
    ['shadow chancellor', false],
    ['analyst', false],
  ])('%s is a national office: %s', (role, want) => {
    expect(isNationalOffice(role)).toBe(want);
  });
});

describe('an office only a few states have, in a story that names none of them', () => {
  test.each<[string, string, string]>([
    ['BBC', 'Foreign Secretary Jack Straw met his Iranian counterpart in Tehran.', 'state:GBR'],
    ['BBC', 'Home Secretary Charles Clarke said the plans would go ahead.', 'state:GBR'],
    ['US paper', 'Secretary of State Colin Powell arrived in Cairo on Sunday.', 'state:USA'],
  ])('%s: %s', (_outlet, text, state) => {
    const g = extract(text);
    expect(g.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.toId)).toEqual([state]);
  });

  test('a dateline elsewhere leaves the office without a state rather than guess', () => {
    const g = extract('WASHINGTON, March 3 (Reuters) - Foreign Secretary Joe Clark met officials of the United States on acid rain.');
    expect(g.relations.filter((r) => r.type === 'HOLDS_ROLE' && r.toId === 'state:GBR')).toEqual([]);
  });
});
