import type { Article } from './article.js';
import type { Span } from './span.js';
import type { SyntaxWord } from './syntax.js';

// The working types every extraction pass shares: the article's sentences with their tokens and
// parse, and the mentions found in them.

/** A token with its place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

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
