import type { Event, Negotiation } from '../model/index.js';
import type { Doc } from '../model/doc.js';
import { Clause } from './event-arguments.js';
import { isIrrealis } from './event-irrealis.js';
import { sentenceAt } from './sentence-at.js';
import { AGREEMENT_WORDS, CONCLUDING_VERBS } from './lexicon/negotiation-triggers.js';

const SIDES = new Set(['with', 'between', 'among']);
const CONCLUDED = new Set(['obj', 'nsubj:pass']);

// An agreement told as concluded between sides: the noun has its other side ("an accord between
// X and Y", "a similar agreement with Britain") or is what a verb of concluding concluded ("X and Y
// signed an accord"), and the parse makes it no plan, wish or negation ("will sign", "hopes to
// reach"). An agreement named in passing ("the ABM treaty, the only remaining arms control
// agreement") is neither.
function concluded(doc: Doc, t: { start: number; end: number }): boolean {
  const s = sentenceAt(doc, t.start);
  const i = s ? s.tokens.findIndex((k) => k.start === t.start) : -1;
  if (!s || i < 0 || s.syntax.length !== s.tokens.length || s.syntax[i].upos !== 'NOUN') return false;
  const c = new Clause(doc, s);
  const gov = s.syntax[i].head;
  const sided = c.marked(i, [...SIDES]).length > 0;
  const signed = gov >= 0 && CONCLUDED.has(c.rel(i)) && CONCLUDING_VERBS.has(c.lemma(gov));
  return (sided || signed) && !isIrrealis(c, i, true);
}

const isAgreementWord = (w: string) => AGREEMENT_WORDS.has(w.toLowerCase());

export interface TalksEvent extends Event {
  sentence: number;
}

/**
 * The signed agreements that negotiations imply, for the parties the negotiation pass found (it
 * reads more ways of naming the sides than the event frames do: "a similar agreement with
 * Britain", "an accord between Nigeria and the Paris Club"): talks that ended in an agreement,
 * told with an agreement noun the parse shows concluded (see `concluded`), are a signed
 * agreement (CAMEO 057), one per other party. Held talks are not made meetings the same way: on the
 * development gold that cost more precision than it found (F1 60.0 -> 57.9).
 */
export function eventsFromTalks(doc: Doc, negotiations: Negotiation[], dateOf: (sentence: number, at: number) => string | null): TalksEvent[] {
  const out: TalksEvent[] = [];
  for (const n of negotiations) {
    if (n.status !== 'agreed' || n.partyIds.length < 2) continue;
    const trigger = n.triggers.find((t) => isAgreementWord(doc.text.slice(t.start, t.end)) && concluded(doc, t));
    const sentence = trigger ? sentenceAt(doc, trigger.start)?.index : undefined;
    if (!trigger || sentence === undefined) continue;
    const [agent, ...others] = n.partyIds;
    others.forEach((target, k) => {
      out.push({
        id: `${doc.article.id}:evt:${trigger.start}${k ? `:t${k + 1}` : ''}`,
        type: 'agreement_signed',
        cameo: '057',
        date: dateOf(sentence, trigger.start),
        count: null,
        roles: [
          { role: 'agent', entityId: agent },
          { role: 'target', entityId: target },
        ],
        evidence: n.evidence,
        trigger,
        confidence: 0.6,
        origin: 'rule:event-agreement_signed-from-talks',
        sentence,
      });
    });
  }
  return out;
}
