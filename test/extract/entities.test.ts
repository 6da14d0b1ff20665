import type { ArticleGraph } from '../../src/model/index.js';
import { extract } from '../helpers/seed.js';

const entity = (g: ArticleGraph, id: string) => g.entities.find((e) => e.id === id);
const persons = (g: ArticleGraph) => g.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();

describe('linking to stable ids', () => {
  test.each([
    // [text, id, wikidata or null]
    ['The U.N. Security Council met on Friday, and the U.N. said it was concerned.', 'org:un', 'Q1065'],
    ['NATO ministers met in Brussels on Tuesday.', 'org:nato', 'Q7184'],
    ['The World Trade Organization (WTO) ruled against the tariffs. The WTO said they broke its rules.', 'org:wto', 'Q7825'],
    ['OPEC AGREES TO CUT OIL OUTPUT', 'org:opec', 'Q7795'],
    ['Polish citizens were among those freed.', 'state:POL', 'Q36'],
    ['The Americans said they would respond.', 'state:USA', 'Q30'],
    ['Washington accused the Kremlin of meddling, officials said.', 'state:RUS', 'Q159'],
    ['Britain and the Netherlands signed the treaty.', 'state:NLD', 'Q55'],
  ])('%s -> %s', (text, id, wikidata) => {
    const e = entity(extract(text), id);
    expect(e).toBeDefined();
    expect(e!.externalIds?.wikidata).toBe(wikidata);
  });

  test('a capital is the government when it acts and a place when things happen in it', () => {
    const g = extract('Washington said on Monday that talks in Moscow would resume.');
    expect(entity(g, 'state:USA')?.mentions.map((m) => m.text)).toEqual(['Washington']);
    expect(entity(g, 'loc:moscow')?.type).toBe('Location');
  });

  test('states carry ISO alpha-3 codes and one node per state whatever the form', () => {
    const g = extract('The United States and the U.S. Treasury said America and the Americans agreed, a US official said.');
    const us = g.entities.filter((e) => e.externalIds?.iso3 === 'USA');
    expect(us).toHaveLength(1);
    expect(us[0].id).toBe('state:USA');
  });
});

describe('persons and coreference', () => {
  test('wire style: a surname joins the full name, and a title is not part of the name', () => {
    const g = extract('WASHINGTON, March 3 (Reuters) - U.S. Trade Representative Clayton Yeutter said talks with Japan had stalled. Yeutter added that he was not optimistic.');
    const p = entity(g, 'person:clayton-yeutter');
    expect(p?.aliases).toContain('Yeutter');
    expect(persons(g)).toEqual(['Clayton Yeutter']);
  });

  test('broadsheet style: "Mr Straw" and "the foreign secretary" are Jack Straw', () => {
    const g = extract(
      'Jack Straw, the foreign secretary, flew to Tehran yesterday. Mr Straw met Iranian officials for two hours.\nThe foreign secretary later said the meeting had been constructive.',
    );
    const straw = entity(g, 'person:jack-straw')!;
    const texts = straw.mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Jack Straw', 'Straw', 'The foreign secretary']));
    expect(persons(g)).toEqual(['Jack Straw']);
  });

  test('a father and son with one surname stay two people', () => {
    const g = extract('Jack Straw and his son William Straw attended the dinner. William Straw said later that he had enjoyed it.');
    expect(persons(g)).toEqual(["Jack Straw", "William Straw"]);
  });

  test('the president is the president introduced before, not a later one', () => {
    const g = extract(
      'Ukrainian President Volodymyr Zelensky said the talks were difficult. The president added that he was ready to meet. US President Joe Biden was due in Europe.',
    );
    const st = g.statements.find((s) => s.text.includes('ready to meet'));
    expect(st?.speakerId).toBe('person:volodymyr-zelensky');
  });

  test('a pronoun speaker is the person named before it', () => {
    const g = extract('Chancellor Olaf Scholz visited the plant on Monday. He said the factory would stay open.');
    expect(g.statements[0]?.speakerId).toBe('person:olaf-scholz');
  });

  test('capitalized words that are not names are not persons', () => {
    const g = extract('Rather, the minister said nothing. Our sources in Minsk confirmed it. Belarusian officials declined to comment.');
    expect(persons(g)).toEqual([]);
  });

  test('headline case still finds the people', () => {
    const g = extract('MERKEL MEETS MACRON IN PARIS\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.');
    expect(persons(g)).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron']));
  });

  test('a role given by a predicate makes the later description that person', () => {
    const g = extract('Johan Berg was named foreign minister in March. The foreign minister said on Monday that Sweden would not join the talks.');
    expect(g.statements[0]?.speakerId).toBe('person:johan-berg');
  });

  test('a relative "who" speaks for the name before it', () => {
    const g = extract('Senator Ted Cruz, who said he would only use the program sparingly, spoke in Iowa.');
    expect(g.statements[0]).toMatchObject({ speakerId: 'person:ted-cruz', text: 'he would only use the program sparingly' });
  });

  test('"the company" and "the government" are the organization and state named before', () => {
    const g = extract('American Motors Corp said talks with the union had failed. "We regret this outcome," the company said in a statement. Japan said the government would not intervene.');
    expect(g.statements.find((s) => s.text === 'We regret this outcome')?.speakerId).toBe('org:american-motors');
  });

  test('a title that begins before the name the tagger found ("Secretary of State X") is not part of the name', () => {
    const g = extract('Secretary of State Antony Blinken met with Chinese President Xi Jinping in Beijing on Monday.');
    expect(persons(g)).toEqual(['Antony Blinken', 'Xi Jinping']);
  });

  test('a ministry before a spokeswoman is the state\'s ministry, and she speaks for it', () => {
    const g = extract('Chinese Foreign Ministry spokeswoman Mao Ning said Beijing hoped Washington would keep its word.');
    expect(entity(g, 'org:chn-foreign-ministry')).toMatchObject({ type: 'Organization', kind: 'government agency' });
    expect(g.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'SPOKESPERSON_OF', fromId: 'person:mao-ning', toId: 'org:chn-foreign-ministry' })]));
  });

  test('"the top Russian diplomat" is the foreign minister named before', () => {
    const g = extract('Russian Foreign Minister Sergey Lavrov arrived in Tokyo. "We have never refused dialogue," the top Russian diplomat told reporters.');
    expect(g.statements[0]?.speakerId).toBe('person:sergey-lavrov');
  });

  test('middle initials do not split a person, and the id leaves them out', () => {
    const g = extract('Donald J. Trump spoke on Monday. Donald Trump later said he was pleased. Trump added that talks would go on.');
    expect(g.entities.filter((e) => e.type === 'Person').map((e) => [e.id, e.name])).toEqual([['person:donald-trump', 'Donald J. Trump']]);
  });

  test('British style titles in commas name the person after them, and a list is not an apposition', () => {
    const g = extract('The prime minister, Keir Starmer, and the French president, Emmanuel Macron, agreed to intensify talks, Downing Street said.');
    const rel = (from: string) => g.relations.filter((r) => r.fromId === from).map((r) => [r.type, r.role, r.toId]);
    expect(rel('person:emmanuel-macron')).toEqual([['HOLDS_ROLE', 'president', 'state:FRA']]);
    expect(rel('person:keir-starmer')).not.toContainEqual(expect.arrayContaining(['state:FRA']));
    expect(g.statements[0]?.speakerId).toBe('state:GBR');
  });
});

describe('companies and unions', () => {
  test('a company and its initials are one organization, with or without the corporate suffix; a union is a group', () => {
    const g = extract('The United Auto Workers union broke off talks with General Motors Co and American Motors Corp on Monday. GM said it was ready to return. AMC declined to comment. The UAW threatened to strike.');
    const org = (id: string) => g.entities.find((e) => e.id === id);
    expect(org('org:general-motors')?.mentions.map((m) => m.text)).toContain('GM');
    expect(org('org:american-motors')?.mentions.map((m) => m.text)).toContain('AMC');
    expect(org('org:united-auto-workers')?.kind).toBe('group');
    expect(g.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('wire descriptions', () => {
  test('"the Kremlin official" and "the head of state" are the officials named before', () => {
    const g = extract(
      'Russia and Kazakhstan signed an agreement, Kremlin Spokesman Dmitry Peskov told reporters. According to the Kremlin official, talks between Russian President Vladimir Putin and his Kazakh counterpart went well. "The sides discussed everything," the head of state said.',
    );
    expect(g.statements.map((s) => s.speakerId)).toEqual(['person:dmitry-peskov', 'person:dmitry-peskov', 'person:vladimir-putin']);
  });
});


test('initials join the full name of a government body, whose id carries its state', () => {
  const g = extract('LONDON, March 3 - The National Audit Office said the sale failed. The NAO report said errors were made. Britain will appeal.', '2024-05-06');
  const audit = g.entities.filter((e) => e.type === 'Organization' && /audit|nao/i.test([e.name, ...e.aliases].join(' ')));
  expect(audit).toHaveLength(1);
  expect(audit[0].aliases).toContain('NAO');
});
