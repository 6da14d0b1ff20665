import type { Clause } from './event-arguments.js';
import { ALLEGATION_NOUNS, IMPLICATIVE_GOVERNORS, IRREALIS_ADJECTIVES, IRREALIS_AUX, IRREALIS_GOVERNORS, THREAT_GOVERNORS, TOPIC_CASES } from './lexicon/event-triggers.js';

const NEGATION = new Set(['not', "n't", 'never', 'no']);
const FUTURE_TIMES = new Set(['tomorrow']);
const GENERIC = new Set(['all', 'any', 'every', 'such']);
const CONDITION = new Set(['if', 'unless', 'whether', 'before', 'until']);

// "next month", "tomorrow": a time still to come ("Republicans arriving in Cleveland next month")
function isFutureTime(c: Clause, v: number): boolean {
  return c.kids[v].some((k) => FUTURE_TIMES.has(c.lemma(k)) || (/^(obl|nmod|advmod)/.test(c.rel(k)) && c.kids[k].some((j) => /^(amod|det)$/.test(c.rel(j)) && c.lemma(j) === 'next')));
}

// A verb is not reported as done when negated, under a modal, in a condition or purpose clause,
// or controlled by a verb of wanting, refusing or planning ("refused to sign", "agreed to meet").
function verbIsIrrealis(c: Clause, v: number): boolean {
  const kids = c.kids[v];
  if (kids.some((k) => (c.rel(k) === 'advmod' || c.rel(k) === 'neg' || c.rel(k) === 'det') && NEGATION.has(c.lemma(k)))) return true;
  if (kids.some((k) => c.rel(k).startsWith('aux') && IRREALIS_AUX.has(c.s.tokens[k].text.toLowerCase()))) return true;
  if (kids.some((k) => c.rel(k) === 'mark' && CONDITION.has(c.lemma(k)))) return true;
  if (isFutureTime(c, v)) return true;
  const rel = c.rel(v);
  const gov = c.s.syntax[v].head;
  // an infinitive is wanted, planned or due ("is to visit", "plans to meet"), unless it hangs on a
  // verb through which it happened ("began to", "managed to")
  const infinitive = kids.some((k) => c.rel(k) === 'mark' && c.lemma(k) === 'to');
  if (gov < 0) return infinitive;
  if (rel === 'xcomp' || infinitive) {
    if (rel === 'xcomp' && IMPLICATIVE_GOVERNORS.has(c.lemma(gov))) return verbIsIrrealis(c, gov);
    return true;
  }
  // "proposed that they meet": the clause a plan or wish is about; "allegations he pressured X"
  if (rel === 'ccomp' && IRREALIS_GOVERNORS.has(c.lemma(gov))) return true;
  if (/^(acl|ccomp)/.test(rel) && ALLEGATION_NOUNS.has(c.lemma(gov))) return true;
  // the verb of a clause inherits its governor's irrealis when it is conjoined to it ("will meet and sign")
  if (rel === 'conj') return verbIsIrrealis(c, gov);
  return false;
}

/**
 * Whether the trigger at `i` reports something that did not happen, or not yet: negation, modals,
 * conditions, wanting or refusing governors; for a nominalisation also "no talks", "the planned
 * visit", "talks on the release of ...", "called for the release". Threats, demands and appeals
 * are speech acts: what they ask for is future, the act itself happened.
 */
export function isIrrealis(c: Clause, i: number, isNoun: boolean, supportVerbs: readonly string[] = []): boolean {
  if (!isNoun) return verbIsIrrealis(c, i);
  const kids = c.kids[i];
  if (kids.some((k) => (c.rel(k) === 'det' || c.rel(k) === 'advmod') && NEGATION.has(c.lemma(k)))) return true;
  // "all agreements signed by X must ...": a rule about any such event, not one that happened
  if (kids.some((k) => c.rel(k) === 'det' && GENERIC.has(c.lemma(k)))) return true;
  if (isFutureTime(c, i)) return true;
  // "in talks with X" is a state of negotiating (a negotiation), not a meeting that took place
  if (c.caseOf(i) === 'in' && !kids.some((k) => c.rel(k) === 'det' || c.rel(k) === 'nmod:poss')) return true;
  if (kids.some((k) => c.rel(k) === 'amod' && IRREALIS_ADJECTIVES.has(c.s.tokens[k].text.toLowerCase()))) return true;
  const gov = c.s.syntax[i].head;
  if (gov < 0) return false;
  const govUpos = c.s.syntax[gov].upos;
  const rel = c.rel(i);
  if ((govUpos === 'NOUN' || govUpos === 'PROPN') && rel.startsWith('nmod') && TOPIC_CASES.has(c.caseOf(i))) return true;
  if (govUpos === 'VERB' || govUpos === 'AUX' || govUpos === 'ADJ') {
    const lemma = c.lemma(gov);
    if (IRREALIS_GOVERNORS.has(lemma) && !IMPLICATIVE_GOVERNORS.has(lemma) && !supportVerbs.includes(lemma)) return true;
    if (rel.startsWith('obl') && TOPIC_CASES.has(c.caseOf(i))) return true;
    return verbIsIrrealis(c, gov);
  }
  return false;
}

const ANNOUNCING_MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'shall', "'ll"]);

/**
 * Whether a coercive measure is announced or threatened rather than in force or refused: "would
 * impose tariffs", "planned to raise tariffs", "threatened to impose sanctions". The gold counts an
 * announced measure as a threat (CAMEO 13); "refused to impose" and "did not impose" are neither.
 */
export function isAnnouncedMeasure(c: Clause, v: number): boolean {
  const negated = (x: number) => c.kids[x].some((k) => (c.rel(k) === 'advmod' || c.rel(k) === 'neg') && NEGATION.has(c.lemma(k)));
  if (negated(v) || c.kids[v].some((k) => c.rel(k) === 'mark' && CONDITION.has(c.lemma(k)))) return false;
  if (c.kids[v].some((k) => c.rel(k).startsWith('aux') && ANNOUNCING_MODALS.has(c.s.tokens[k].text.toLowerCase()))) return true;
  const gov = c.s.syntax[v].head;
  return c.rel(v) === 'xcomp' && gov >= 0 && THREAT_GOVERNORS.has(c.lemma(gov)) && !negated(gov);
}
