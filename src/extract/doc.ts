import type { Article, Span } from '../model/index.js';
import type { SyntaxWord } from '../model/syntax.js';
import type { Token } from './tokenize.js';

/** A sentence with its tokens, their parse and the paragraph it belongs to. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  tokens: Token[];
  /** One entry per token: UPOS, head, UD relation and lemma (`syntax/`). */
  syntax: SyntaxWord[];
}

/** What a mention names before resolution. */
export type MentionClass =
  | { type: 'Person' }
  | { type: 'State'; iso3: string; form: 'name' | 'demonym' | 'people' | 'capital' }
  | { type: 'Organization'; kind: string; key?: string; wikidata?: string; state?: string }
  | { type: 'Location' }
  /** "the Belarusian leader", "the president": a person named by the role they hold. */
  | { type: 'RoleDescription'; role: string; stateIso3?: string }
  /** "the company", "the ministry", "the government": an actor named by what kind it is. */
  | { type: 'ActorDescription'; head: string }
  | { type: 'Pronoun'; person: 'he' | 'she' | 'they' | 'it' | 'i' | 'we' | 'who' };

/** A stretch of text that refers to something; `entityId` is filled by resolve. */
export interface RawMention extends Span {
  text: string;
  sentence: number;
  cls: MentionClass;
  entityId?: string;
  /** For persons: the name without honorifics or possessive, as it should be matched. */
  name?: string;
}

/** The working state of extraction over one article: passes read and add to it in order. */
export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  mentions: RawMention[];
}

/** The sentence that contains a character offset. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
