import type { Negotiation, NegotiationStatus, Span, Statement } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import type { RoleClaim } from '../model/role-claim.js';
import { actorsBetween } from './actor-index.js';
import { sideOf } from './actor-side.js';
import { STATE_OFFICE } from './lexicon/roles.js';
import { AGREE_VERBS, AGREEMENT_TOPIC_DETERMINERS, AGREEMENT_TOPIC_MARKERS, AGREEMENT_WORDS, MEDIATION_NOUNS, MEDIATION_PARTICIPLES, MEDIATOR_NOUNS, MEETING_WORDS, TALK_WORDS, TALKING_SUBJECTS } from './lexicon/negotiation-triggers.js';
import { alternation, oneOf } from './lexicon/word-pattern.js';
import { talkArguments } from './negotiation-arguments.js';
import { modifiedActor, parsedSentence } from './phrase-actors.js';
import { addresseeOf, canBeParty, excludedIn, listAfter, PREPOSITION_BEFORE, stateBefore } from './negotiation-parties.js';
import { negated, REFUSAL, STATUS_RANK, statusOf } from './negotiation-status.js';
import { topicAfter, topicBefore } from './negotiation-topic.js';

const lower = (w: string) => w.toLowerCase();
const DEAL_PREPOSITIONS = new Set(['on', 'upon']);
const MEETING = { test: (w: string) => MEETING_WORDS.has(lower(w)) };
const AGREEMENT = { test: (w: string) => AGREEMENT_WORDS.has(lower(w)) };
const AGREE = { test: (w: string) => AGREE_VERBS.has(lower(w)) };
// "mediated by X", "the good offices of X"; "X-brokered", "X's mediation"; "mediators X and Y"
const MEDIATED_BY = new RegExp(`\\b((${alternation(MEDIATION_PARTICIPLES)})\\s+by|(${alternation(MEDIATION_NOUNS)})\\s+of)\\s+(the\\s+)?$`, 'i');
const MEDIATING_BEFORE = new RegExp(`^[-–](${alternation(MEDIATION_PARTICIPLES.filter((p) => p !== 'hosted'))})|^['’]s mediation`);
const NAMED_MEDIATOR = new RegExp(`\\b(${alternation(MEDIATOR_NOUNS)})\\s+(,\\s*)?(the\\s+)?$|\\b(${alternation(MEDIATOR_NOUNS)})\\s+([\\w-]+\\s+)?and\\s+(the\\s+)?$`, 'i');
const isTalkingSubject = oneOf(TALKING_SUBJECTS);
// "talks on a peace treaty": an agreement that is what talks are about
const AGREEMENT_AS_TOPIC = new RegExp(`\\b(${alternation(AGREEMENT_TOPIC_MARKERS)})\\s+(${alternation(AGREEMENT_TOPIC_DETERMINERS)})?\\s*([\\w-]+\\s+){0,2}$`, 'i');
const TRIGGER = { test: (w: string) => TALK_WORDS.has(lower(w)) || MEETING.test(w) || AGREEMENT.test(w) || AGREE.test(w) };

interface Finding {
  sentence: Sentence;
  trigger: Span;
  parties: Set<string>;
  excluded: Set<string>;
  mediators: Set<string>;
  topic: string | null;
  status: NegotiationStatus;
  cameo: string;
}


const actorMentions = actorsBetween;

function findingIn(doc: Doc, s: Sentence, k: number, statements: Statement[], sideOfId: (id: string) => string): Finding | undefined {
  const side = (id: string) => sideOfId(id);
  const sideOfMention = (m: RawMention) => stateBefore(doc, m) ?? side(m.entityId!);
  const toks = s.tokens;
  const word = toks[k].text;
  if (/^talks$/i.test(word) && k > 0 && isTalkingSubject(toks[k - 1].text)) return undefined;
  // "talks on a peace treaty": an agreement that is the subject of talks is their topic, not a second trigger
  if (AGREEMENT.test(word) && AGREEMENT_AS_TOPIC.test(doc.text.slice(Math.max(s.start, toks[k].start - 40), toks[k].start))) return undefined;
  const st = statements.find((x) => x.start <= toks[k].start && toks[k].end <= x.end);
  if (AGREE.test(word)) return agreedBetween(doc, s, k, sideOfId);
  const parties = new Set<string>();
  const mediators = new Set<string>();
  const excluded = excludedIn(doc, s);
  const rest = doc.text.slice(toks[k].end, s.end);
  const afterTrigger = actorMentions(doc, toks[k].end, s.end);
  // "with X (and Y)", "between X and Y": the actors in the clause after the trigger
  const clauseEnd = toks[k].end + (/[;]|, (but|while|although)\b/.exec(rest)?.index ?? rest.length);
  const withMatch = /^(?:\s+[\w'’-]+){0,6}?\s+(with|between)\s/i.exec(rest);
  let counterpart = false;
  // Who talks with whom, from the parse and from the words after "with"/"between": a parse of a
  // long list of titled names often goes astray, the words miss a counterpart told before the trigger.
  const args = talkArguments(doc, s, k);
  const parsed = parsedSentence(doc, s);
  const usable = (m: RawMention) => canBeParty(doc, m) && !excluded.has(m.entityId!);
  for (const m of args.counterparts.filter(usable)) {
    parties.add(sideOfMention(m));
    counterpart = true;
  }
  if (withMatch) {
    const from = toks[k].end + withMatch.index + withMatch[0].length;
    for (const m of listAfter(doc, from, clauseEnd)) {
      parties.add(sideOfMention(modifiedActor(parsed, m) ?? m));
      counterpart = true;
    }
    if (/^\s*you\b/i.test(doc.text.slice(from, from + 8))) {
      const addressee = addresseeOf(doc, st);
      if (addressee) {
        parties.add(side(addressee));
        counterpart = true;
      }
    }
  }
  // "U.S.-Japan talks", "EU-US talks": states and bodies joined by a hyphen before the trigger
  const pre = doc.text.slice(Math.max(s.start, toks[k].start - 40), toks[k].start);
  const joined = new Set<string>();
  if (/[-–]\S+\s+(\w+\s+)?$/.test(pre) || /[-–]$/.test(pre.trim())) {
    for (const m of actorMentions(doc, Math.max(s.start, toks[k].start - 40), toks[k].start)) {
      if ((m.cls.type === 'State' || m.cls.type === 'Organization') && /[-–]/.test(doc.text.slice(Math.max(0, m.start - 1), m.end + 1))) {
        parties.add(m.entityId!);
        joined.add(m.entityId!);
        counterpart = true;
      }
    }
  }
  // mediators: "mediated by X", "X-brokered", "X's mediation"
  for (const m of afterTrigger) if (MEDIATED_BY.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) mediators.add(sideOfMention(m));
  for (const m of actorMentions(doc, s.start, toks[k].start)) if (MEDIATING_BEFORE.test(doc.text.slice(m.end, m.end + 12))) mediators.add(m.entityId!);
  // the other side: the subject before the trigger, or the speaker whose statement holds it
  const before = actorMentions(doc, s.start, toks[k].start).map((m) => modifiedActor(parsed, m) ?? m).filter(
    (m) => canBeParty(doc, m) && !excluded.has(m.entityId!) && !mediators.has(m.entityId!) && !/^[-–]/.test(doc.text.slice(m.end, m.end + 1)) && !PREPOSITION_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 16), m.start)),
  );
  // "it is in talks with ...": a subject the words before the trigger do not name,
  // and the parse's subject, which also finds a party the words leave out ("leaders of Germany, ...")
  // The parse's subject, when it has one, is who holds the talks: an actor named earlier in the
  // sentence is often the subject of another verb ("the Russian government said Rosneft had signed a
  // deal with China").
  const fromParse = args.subject.filter((m) => usable(m) && !mediators.has(m.entityId!) && m.start < toks[k].start);
  const parsedSubject = fromParse.filter((m) => !before.includes(m));
  fromParse.sort((a, b) => a.start - b.start);
  // the names listed before the parse's subject ("Chile and Peru held talks" tagged "Chile" a noun)
  for (let k2 = before.indexOf(fromParse[0]) - 1; fromParse.length && k2 >= 0; k2--) {
    if (!/^\s*(,|and|, and)\s*$/.test(doc.text.slice(before[k2].end, fromParse[0].start))) break;
    fromParse.unshift(before[k2]);
  }
  const subject = fromParse.length ? fromParse : before;
  const inQuote = st && st.kind !== 'indirect';
  const usedWe = /\b(we|us|our)\b/i.test(doc.text.slice(s.start, s.end));
  if (st?.speakerId && (parties.size < 2) && (!subject.length || st.start > subject[0].start || inQuote)) {
    if (!inQuote || usedWe) parties.add(side(st.speakerId));
  }
  // "EU-Comecon talks" name both sides: whoever the sentence's subject is ("West German diplomats
  // said they would insist on ... in any EC-Comecon agreement") talks about them
  const bothNamed = joined.size >= 2;
  if (!bothNamed && subject.length && !(inQuote && st && subject[0].start >= st.start)) {
    const first = subject[0];
    // "X and Y agreed", "X held talks with Y"
    parties.add(sideOfMention(first));
    for (const m of parsedSubject) {
      if (m !== first) counterpart = true;
      parties.add(sideOfMention(m));
    }
    // "X and Y held talks", "The European Community (EC) and Soviet-led Comecon ended talks"
    const and = /^\s*(\([^)]*\)\s*)?(,|and)\s+/i.exec(doc.text.slice(first.end, toks[k].start));
    if (and) {
      for (const m of listAfter(doc, first.end + and[0].length, toks[k].start)) {
        parties.add(sideOfMention(m));
        counterpart = true;
      }
    }
  } else if (!bothNamed && subject.length && inQuote && st && subject[0].start >= st.start && parties.size === 0) {
    parties.add(side(subject[0].entityId!));
  }
  // "mediators Qatar and Egypt": actors named as mediators
  for (const m of actorMentions(doc, s.start, s.end)) if (NAMED_MEDIATOR.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start))) mediators.add(sideOfMention(m));
  // "Qatar would continue its mediation": who mediates is not a party
  if (/^mediat/i.test(word)) for (const p of [...parties]) if (!counterpart) {
    mediators.add(p);
    parties.delete(p);
  }
  for (const e of excluded) parties.delete(e);
  for (const m of mediators) parties.delete(m);
  if (parties.size === 0 && excluded.size === 0 && mediators.size === 0) return undefined;
  // An agreement named without its other side ("the pricing agreement") is a topic, not talks.
  if ((AGREEMENT.test(word) || MEETING.test(word)) && !counterpart && excluded.size === 0) return undefined;
  // The status words stand before the trigger ("suspended talks") or close after it in its clause
  // ("talks ... have stalled").
  const window = doc.text.slice(Math.max(s.start, toks[k].start - 70), Math.min(clauseEnd, toks[k].end + 90));
  let [status, cameo] = statusOf(doc.text.slice(Math.max(s.start, toks[k].start - 70), toks[k].end), doc.text.slice(toks[k].end, Math.min(clauseEnd, toks[k].end + 90)));
  if (/^mediat/i.test(word) || mediators.size) cameo = status === 'ongoing' ? '045' : cameo;
  if (AGREEMENT.test(word) && status === 'ongoing') [status, cameo] = ['agreed', '057'];
  if (MEETING.test(word) && status === 'ongoing') cameo = '040';
  const rejected = REFUSAL.exec(window);
  // a rejected proposal to talk (CAMEO 125); talks already broken off keep their own status
  if (rejected && !negated(window, rejected.index) && (status === 'ongoing' || status === 'proposed')) [status, cameo] = ['halted', '125'];
  // "the mediation of X" names the mediator, not the topic
  const topic = /^mediat/i.test(word) ? topicBefore(doc, s, k) : topicAfter(doc, s, k) ?? topicBefore(doc, s, k);
  return { sentence: s, trigger: { start: toks[k].start, end: toks[k].end }, parties, excluded, mediators, topic, status, cameo };
}


// "X and Y agreed to ...": a deal between the verb's conjoined subjects, and nobody else.
function agreedBetween(doc: Doc, s: Sentence, k: number, side: (id: string) => string): Finding | undefined {
  const before = doc.text.slice(Math.max(s.start, s.tokens[k].start - 30), s.tokens[k].start);
  if (s.syntax[k].upos !== 'VERB' || negated(before, before.length)) return undefined;
  // a deal is agreed to, on or upon something, or agreed outright ("agreed a ceasefire"); "agreed
  // that" and "agreed about" share an opinion
  const deal = s.syntax.some((w, i) => w.head === k && (w.deprel === 'xcomp' || w.deprel === 'obj' || (w.deprel.startsWith('obl') && s.syntax.some((c, j) => c.head === i && c.deprel === 'case' && DEAL_PREPOSITIONS.has(s.tokens[j].text.toLowerCase())))));
  if (!deal) return undefined;
  const subject = talkArguments(doc, s, k).subject.filter((m) => canBeParty(doc, m));
  const parties = new Set(subject.map((m) => stateBefore(doc, m) ?? side(m.entityId!)));
  if (parties.size < 2) return undefined;
  const topic = topicAfter(doc, s, k);
  return { sentence: s, trigger: { start: s.tokens[k].start, end: s.tokens[k].end }, parties, excluded: new Set(), mediators: new Set(), topic, status: 'agreed', cameo: '057' };
}

/** Finds talks, negotiations and agreements with their parties, exclusions and status; one per set of parties. */
export function findNegotiations(doc: Doc, statements: Statement[], claims: RoleClaim[]): Negotiation[] {
  const side = sideOf(claims, doc.mentions);
  const findings: Finding[] = [];
  for (const s of doc.sentences) {
    s.tokens.forEach((t, k) => {
      if (!TRIGGER.test(t.text)) return;
      // "to deal with", "pact" as verbs: an agreement is named by a noun
      if (AGREEMENT.test(t.text) && s.syntax[k]?.upos === 'VERB') return;
      const f = findingIn(doc, s, k, statements, side);
      if (f) findings.push(f);
    });
  }
  // Sentences about the same talks make one negotiation: two sets of parties are the same talks
  // when they share two parties, or one when a sentence names only one side.
  const groups: Finding[][] = [];
  const partiesOf = (g: Finding[]) => new Set(g.flatMap((f) => [...f.parties]));
  for (const f of findings) {
    // "Israel, which is not a party to the talks": exclusions (or mediators) alone belong to the
    // largest talks of the article
    if (f.parties.size === 0 && groups.length > 0) {
      groups.reduce((a, b) => (partiesOf(b).size > partiesOf(a).size ? b : a)).push(f);
      continue;
    }
    const g = groups.find((x) => {
      const p = partiesOf(x);
      const shared = [...f.parties].filter((id) => p.has(id)).length;
      return shared >= 2 || (shared === 1 && (f.parties.size === 1 || p.size === 1));
    });
    if (g) g.push(f);
    else groups.push([f]);
  }
  // Talks between officials whose state the article does not give ("Secretary of State X and Foreign
  // Minister Y") are the state-to-state talks told in the sentences around them.
  const sided = (g: Finding[]) => [...partiesOf(g)].some((p) => !p.startsWith('person:'));
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (sided(g)) continue;
    const near = groups.find((o) => o !== g && sided(o) && o.some((f) => g.some((x) => Math.abs(f.sentence.index - x.sentence.index) <= 2)));
    if (!near) continue;
    for (const f of g) near.push({ ...f, parties: new Set() });
    groups.splice(i, 1);
  }
  // The same for a meeting of a state with such an official ("Secretary of State X met Chinese
  // President Y"): without the official it is part of the state-level talks that name that state.
  const unsided = new Set(claims.filter((c) => c.holder.entityId && STATE_OFFICE.has(c.role) && c.target?.cls.type !== 'State').map((c) => c.holder.entityId!));
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    const parties = [...partiesOf(g)];
    const rest = parties.filter((p) => !unsided.has(p));
    if (rest.length === parties.length || rest.length === 0 || rest.some((p) => p.startsWith('person:'))) continue;
    const into = groups.find((o) => o !== g && partiesOf(o).size >= 2 && rest.every((p) => partiesOf(o).has(p)));
    if (!into) continue;
    for (const f of g) into.push({ ...f, parties: new Set(rest) });
    groups.splice(i, 1);
  }
  // A sentence naming one side only ("a similar agreement with Britain") speaks of the article's
  // protagonist: the party that other talks in the article share most.
  const frequency = new Map<string, number>();
  for (const g of groups) for (const p of partiesOf(g)) frequency.set(p, (frequency.get(p) ?? 0) + 1);
  const protagonist = [...frequency].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const g of groups) {
    const p = partiesOf(g);
    if (p.size === 1 && protagonist && !p.has(protagonist) && g.some((f) => f.status !== 'ongoing' || f.topic)) g[0].parties.add(protagonist);
  }
  const out: Negotiation[] = [];
  for (const g of groups) {
    const parties = partiesOf(g);
    const excluded = new Set(g.flatMap((f) => [...f.excluded]).filter((e) => !parties.has(e)));
    if (parties.size < 2 && !(parties.size === 1 && excluded.size > 0 && groups.length === 1)) continue;
    const best = g.reduce((a, b) => (STATUS_RANK.indexOf(b.status) > STATUS_RANK.indexOf(a.status) ? b : a));
    const topic = g.find((f) => f.topic && f.topic.split(' ').length > 1)?.topic ?? g.find((f) => f.topic)?.topic ?? null;
    out.push({
      id: `${doc.article.id}:neg:${g[0].trigger.start}`,
      partyIds: [...parties],
      mediatorIds: [...new Set(g.flatMap((f) => [...f.mediators]))],
      excludedIds: [...excluded],
      topic,
      status: best.status,
      cameo: best.cameo,
      evidence: g.map((f) => ({ start: f.sentence.start, end: f.sentence.end })),
      triggers: g.map((f) => f.trigger),
      confidence: Math.min(0.95, 0.6 + 0.1 * g.length),
      origin: 'rule:negotiation-trigger',
    });
  }
  return out;
}

