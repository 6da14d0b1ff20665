import type { NegotiationStatus } from '../model/index.js';
import {
  AGREED_WORDS,
  ANNOUNCED_LEAVING,
  ANNOUNCING_MODALS,
  HALTED_WORDS,
  LEAVING_VERBS,
  NEGATORS,
  PROPOSED_WORDS,
  REFUSAL_WORDS,
  STALLED_WORDS,
  THREAT_WORDS,
} from './lexicon/negotiation-status-words.js';
import { alternation, anyWordOf } from './lexicon/word-pattern.js';

// Status cues in the words around a trigger, strongest first. Each maps to its CAMEO code.
export const STATUS_RULES: [RegExp, NegotiationStatus, string][] = [
  [
    new RegExp(`\\b(${alternation(THREAT_WORDS)})\\b.{0,40}\\b(${alternation(LEAVING_VERBS)})|\\b(${alternation(ANNOUNCING_MODALS)})\\s+(immediately\\s+)?(${alternation(ANNOUNCED_LEAVING)})\\b`, 'i'),
    'threatened',
    '134',
  ],
  [anyWordOf(HALTED_WORDS), 'halted', '164'],
  [anyWordOf(STALLED_WORDS), 'stalled', '046'],
  [anyWordOf(AGREED_WORDS), 'agreed', '057'],
  [anyWordOf(PROPOSED_WORDS), 'proposed', '036'],
];

/** A word that refuses the talks, in a window of text. */
export const REFUSAL = anyWordOf(REFUSAL_WORDS);

const NEGATED = new RegExp(`(^|\\W)(${alternation(NEGATORS)})\\s+(\\w+\\s+)?$`, 'i');

// The words that govern the trigger come before it ("suspended talks", "agreed to resume talks");
// only when there are none do the words after it count ("talks ... have stalled").
export function statusOf(before: string, after: string): [NegotiationStatus, string] {
  for (const window of [before, after]) {
    for (const [re, status, cameo] of STATUS_RULES) {
      const m = re.exec(window);
      if (m && !negated(window, m.index)) return [status, cameo];
    }
  }
  return ['ongoing', '046'];
}

// "never refused dialogue", "did not suspend the talks": a negated status word says the opposite.
export function negated(text: string, at: number): boolean {
  return NEGATED.test(text.slice(Math.max(0, at - 20), at));
}

/** From weakest to strongest: the status of talks told in several sentences is the strongest one told. */
export const STATUS_RANK: NegotiationStatus[] = ['proposed', 'ongoing', 'threatened', 'stalled', 'halted', 'agreed'];
