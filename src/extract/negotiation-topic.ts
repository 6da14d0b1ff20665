import type { Doc, Sentence } from '../model/doc.js';
import { NEGOTIATING_VERB_FORMS, NOT_TOPIC_WORDS, TOPIC_ENDS, TOPIC_MARKERS, TOPIC_SEARCH_STOPS } from './lexicon/negotiation-triggers.js';
import { oneOf } from './lexicon/word-pattern.js';

const isMarker = oneOf(TOPIC_MARKERS);
const isSearchStop = oneOf(TOPIC_SEARCH_STOPS);
const isArticle = oneOf(['the', 'a', 'an']);
const isTopicEnd = oneOf(TOPIC_ENDS);
const isNegotiatingVerb = oneOf(NEGOTIATING_VERB_FORMS);
const isNotTopic = oneOf(NOT_TOPIC_WORDS);

// "negotiations on the release of prisoners are being conducted", "negotiating with Brazil over
// coffee quotas": the noun phrase after on/about/over, past a "with X" or "between X and Y".
export function topicAfter(doc: Doc, s: Sentence, k: number): string | null {
  const toks = s.tokens;
  let i = k + 1;
  for (let n = 0; toks[i] && n < 8 && !isMarker(toks[i].text); n++, i++) {
    if (/^[,;.:]$/.test(toks[i].text) || isSearchStop(toks[i].text)) return null;
  }
  if (!toks[i] || !isMarker(toks[i].text)) return null;
  i++;
  while (toks[i] && isArticle(toks[i].text)) i++;
  const from = i;
  while (toks[i] && !isTopicEnd(toks[i].text)) i++;
  return i > from ? doc.text.slice(toks[from].start, toks[i - 1].end) : null;
}

// "trade talks", "debt rescheduling negotiations", "peace deal": lowercase nouns before the trigger.
export function topicBefore(doc: Doc, s: Sentence, k: number): string | null {
  if (isNegotiatingVerb(s.tokens[k].text)) return null; // a verb has no noun modifiers
  let i = k - 1;
  while (i >= 0 && /^[a-z][a-z-]+$/.test(s.tokens[i].text) && !/(ed|ing)$/.test(s.tokens[i].text) && !isNotTopic(s.tokens[i].text)) i--;
  return i + 1 < k ? doc.text.slice(s.tokens[i + 1].start, s.tokens[k - 1].end) : null;
}
