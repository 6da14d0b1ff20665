import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { speechVerbLemma } from './lexicon/speech-verbs.js';
import { classifyOrganization } from './organization-kind.js';
import { ROLE_WORDS } from './lexicon/roles.js';
import { isPersonAbbreviation } from './lexicon/speaker-anaphors.js';
import { knownOrganization } from './lexicon/organizations.js';
import { NOT_NAME_STARTS } from './lexicon/reported-speech-words.js';
import { oneOf } from './lexicon/word-pattern.js';

const CAPITALISED = /^(\p{Lu}[\p{L}&'’.-]*|\p{Lu}{2,})$/u;
// Sentence openers and pronouns that the tagger may call proper nouns.
const isNotName = oneOf(NOT_NAME_STARTS);

const isNameWord = (s: Sentence, i: number) => s.syntax[i].xpos.startsWith('NNP') && CAPITALISED.test(s.tokens[i].text) && !isNotName(s.tokens[i].text);

// The run of proper-noun words that ends at token `last`.
function runEndingAt(s: Sentence, last: number): [number, number] | undefined {
  if (last < 0 || !isNameWord(s, last)) return undefined;
  let first = last;
  while (first > 0 && last - first < 4 && isNameWord(s, first - 1)) first--;
  return [first, last];
}

// "according to (Russian newspaper) Vedomosti": the last run of proper nouns in the phrase after it.
function afterAccordingTo(s: Sentence, k: number): [number, number] | undefined {
  let end = k + 2;
  while (end < s.tokens.length && end - k < 8 && /^\p{L}[\p{L}&'’.-]*$/u.test(s.tokens[end].text) && !/^(that|who|which)$/i.test(s.tokens[end].text)) end++;
  // the name ends the phrase: in "the Wim Kok report" the report speaks, and its author is a person
  return end - 1 >= k + 2 ? runEndingAt(s, end - 1) : undefined;
}

// "Euronext said", "the Financial Times reported": the proper-noun subject of a verb of saying.
function subjectOfSpeech(s: Sentence, v: number): [number, number] | undefined {
  const subject = s.syntax.findIndex((w, i) => w.head === v && w.deprel.startsWith('nsubj') && i < v);
  if (subject < 0) return undefined;
  // the name must end right before the verb (an adverb or auxiliary may stand between)
  let j = v - 1;
  while (j > subject && ['ADV', 'AUX', 'PART'].includes(s.syntax[j].upos)) j--;
  const run = j === subject ? runEndingAt(s, subject) : undefined;
  // a subject opens its clause: after a verb or an adjective the name is a modifier ("underlined Tory promises")
  let before = run ? run[0] - 1 : -1;
  if (before >= 0 && /^the$/i.test(s.tokens[before].text)) before--;
  if (before >= 0 && !['PUNCT', 'CCONJ', 'SCONJ', 'ADV', 'ADP'].includes(s.syntax[before].upos)) return undefined;
  if (before >= 0 && /^["”’]$/.test(s.tokens[before].text)) return undefined;
  return run;
}

/**
 * Organizations the name model missed, found where a speaker stands: the proper-noun subject of a
 * verb of saying or the object of "according to". Only phrases that read as an organization
 * become one: "the" before them ("the Financial Times"), one word ("Euronext"), or a kind word
 * in the name ("Vedomosti Daily", "Ruiz Holdings"); other runs are most often persons, left to
 * the name model.
 */
export function findSpeakerNames(doc: Doc): RawMention[] {
  const out: RawMention[] = [];
  for (const s of doc.sentences) {
    const taken = doc.mentions.filter((m) => m.sentence === s.index);
    s.tokens.forEach((t, k) => {
      let run: [number, number] | undefined;
      if (/^according$/i.test(t.text) && /^to$/i.test(s.tokens[k + 1]?.text ?? '')) run = afterAccordingTo(s, k);
      else if (s.syntax[k].upos === 'VERB' && speechVerbLemma(t.text)) run = subjectOfSpeech(s, k);
      if (!run) return;
      const start = s.tokens[run[0]].start;
      const end = s.tokens[run[1]].end;
      if (taken.some((m) => m.start < end && start < m.end) || out.some((m) => m.start === start)) return;
      // a capitalised word before the run ("Arab News") means the name was cut: leave it to the name model
      if (run[0] > 0 && CAPITALISED.test(s.tokens[run[0] - 1].text) && !isNotName(s.tokens[run[0] - 1].text)) return;
      const name = doc.text.slice(start, end);
      // "the Culture Secretary said", "the MEP said": a person by role; "MPs said": people
      const words = name.toLowerCase().split(/\s+/);
      if (ROLE_WORDS.has(words.at(-1)!) || isPersonAbbreviation(words.at(-1)!) || ROLE_WORDS.has(words.slice(-2).join(' ')) || /^\p{Lu}+s$/u.test(name)) return;
      if (knownOrganization(name)?.kind === 'party') return;
      const kind = classifyOrganization(name);
      const definite = /^the$/i.test(s.tokens[run[0] - 1]?.text ?? '');
      if (!definite && run[0] !== run[1] && kind === 'organization') return;
      // a one-word sentence opener that is not a proper noun elsewhere in the text is no name
      if (run[0] === 0 && run[0] === run[1] && !doc.text.slice(end).includes(name)) return;
      out.push({ start, end, text: name, sentence: s.index, cls: { type: 'Organization', kind } });
    });
  }
  return out;
}
