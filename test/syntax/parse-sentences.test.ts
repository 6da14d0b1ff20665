import { SyntaxModel } from '../../src/extract/syntax/syntax-model.js';
import { tokenize } from '../../src/extract/tokenize.js';

// The committed model on sentences in several outlets' styles, tokenized as extraction tokenizes
// them (PTB clitics, curly quotes). Each row names arcs as `dependent -deprel-> head` by word.
// UD conventions: a name's first word heads it (`Ruiz -flat-> Ana`, `Okafor -flat-> Mr`); the one
// told is an indirect object (`reporters -iobj-> told`).
const model = SyntaxModel.default();

function parse(sentence: string) {
  const words = tokenize(sentence).map((t) => t.text);
  const parsed = model.parse(words);
  const at = (w: string) => {
    const i = words.indexOf(w);
    if (i < 0) throw new Error(`no word ${w} in ${sentence}`);
    return i;
  };
  return { words, parsed, at };
}

const arcs: Array<[string, string, Array<[string, string, string]>]> = [
  ['passive (wire)', 'The two journalists were freed on Tuesday.', [['journalists', 'nsubj:pass', 'freed'], ['were', 'aux:pass', 'freed']]],
  ['passive with agent', 'The prisoners were pardoned by the president.', [['prisoners', 'nsubj:pass', 'pardoned'], ['president', 'obl:agent', 'pardoned']]],
  ['ccomp of said (wire)', 'The minister said the talks would resume next week.', [['minister', 'nsubj', 'said'], ['resume', 'ccomp', 'said'], ['talks', 'nsubj', 'resume']]],
  ['that-clause (British)', 'Mr Okafor insisted that the plan was fair.', [['Mr', 'nsubj', 'insisted'], ['Okafor', 'flat', 'Mr'], ['fair', 'ccomp', 'insisted'], ['that', 'mark', 'fair']]],
  ['according to', 'According to the ministry, the talks failed.', [['ministry', 'obl', 'failed'], ['According', 'case', 'ministry']]],
  ['apposition', 'Ana Ruiz, the home secretary, warned of delays.', [['secretary', 'appos', 'Ana'], ['Ana', 'nsubj', 'warned'], ['Ruiz', 'flat', 'Ana']]],
  ['post-posed attribution', 'The deal is dead, the spokesman said.', [['spokesman', 'nsubj', 'said']]],
  ['curly quotes', '“We will not give up,” she told reporters.', [['she', 'nsubj', 'told'], ['reporters', 'iobj', 'told']]],
  ['negation clitic', 'The company didn’t comment on the report.', [['n’t', 'advmod', 'comment'], ['company', 'nsubj', 'comment']]],
  ['possessive', 'Russia’s foreign minister met his Turkish counterpart.', [['Russia', 'nmod:poss', 'minister'], ['minister', 'nsubj', 'met'], ['counterpart', 'obj', 'met']]],
];

describe('parsing sentences in news styles', () => {
  test.each(arcs)('%s: %s', (_label, sentence, expected) => {
    const { words, parsed, at } = parse(sentence);
    for (const [dep, rel, head] of expected) {
      const d = at(dep);
      expect(`${dep} -${parsed[d].deprel}-> ${words[parsed[d].head] ?? 'ROOT'}`).toBe(`${dep} -${rel}-> ${head}`);
    }
    expect(parsed.filter((w) => w.head === -1)).toHaveLength(1);
  });

  test.each([
    ['The two journalists were freed on Tuesday.', { journalists: ['NOUN', 'journalist'], were: ['AUX', 'be'], freed: ['VERB', 'free'] }],
    ['She warned that the talks had stalled.', { warned: ['VERB', 'warn'], talks: ['NOUN', 'talk'], stalled: ['VERB', 'stall'] }],
    ['Norway’s ambassador said it was not true.', { Norway: ['PROPN', 'Norway'], said: ['VERB', 'say'], was: ['AUX', 'be'], not: ['PART', 'not'] }],
  ] as Array<[string, Record<string, [string, string]>]>)('tags and lemmas: %s', (sentence, expected) => {
    const { parsed, at } = parse(sentence);
    for (const [word, [upos, lemma]] of Object.entries(expected)) expect([word, parsed[at(word)].upos, parsed[at(word)].lemma]).toEqual([word, upos, lemma]);
  });
});
