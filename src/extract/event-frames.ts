import type { RawMention } from '../model/doc.js';
import { actorsBetween } from './actor-index.js';
import { datelineState } from './dominant-state.js';
import { uniqueActors, type Clause } from './event-arguments.js';
import { captives, includedAfter, requesterOf } from './event-release.js';
import { isAnnouncedMeasure, isIrrealis } from './event-irrealis.js';
import { CAPTIVE_NOUNS, COERCIVE_LEMMAS, EVENT_TRIGGERS, NEEDS_ACTOR_OBJECT, type EventTrigger } from './lexicon/event-triggers.js';

/** One trigger with its arguments, before sides are coded. */
export interface EventFrame {
  rule: EventTrigger;
  /** Token index of the trigger word in its sentence. */
  trigger: number;
  passive: boolean;
  /** Whether the clause names who acted at all (an actor or not: "five unions met X"). */
  hasSubject: boolean;
  /** The subject is an unresolved "it"/"they" ("Lockheed said it had signed ..."): the statement's speaker acted. */
  speakerActs?: boolean;
  agents: RawMention[];
  targets: RawMention[];
  beneficiaries: RawMention[];
  count: number | null;
  requester?: RawMention;
  /** "those pardoned included ...": the people of a release told just before, not a new release. */
  anaphoric?: boolean;
}

const THREAT = EVENT_TRIGGERS.find((t) => t.type === 'threat')!;
const SANCTION = EVENT_TRIGGERS.find((t) => t.type === 'sanction')!;
// A threatened measure: the sanction's arguments, read as a threat.
const THREAT_OF_MEASURE: EventTrigger = { ...SANCTION, type: 'threat', cameo: THREAT.cameo };

// "a brief visit here", "arrived here today": the place of the dateline, when its state is an actor of the story
const HERE = new Set(['here']);
function visitedHere(c: Clause, nodes: number[]): RawMention[] {
  if (!nodes.some((n) => c.kids[n].some((k) => HERE.has(c.s.tokens[k].text.toLowerCase())))) return [];
  const iso3 = datelineState(c.doc.article.place);
  const named = c.doc.mentions.find((m) => m.cls.type === 'State' && m.cls.iso3 === iso3 && m.cls.form !== 'capital' && m.entityId);
  return named ? [named] : [];
}
const capitals = (c: Clause, nodes: number[]) => unique(nodes.flatMap((n) => c.withConjuncts(n)).map((n) => c.capitalStateOf(n)));
const unique = uniqueActors;
const actors = (c: Clause, nodes: number[]) => unique(nodes.flatMap((n) => c.actorsOf(n)));

// The nearest verb above a nominal that hangs on it as an oblique or modifier ("After a day of
// meetings with X, Clark told ..."): its subject acted.
function governingSubject(c: Clause, n: number): number {
  for (let at = n, hops = 0; at >= 0 && hops < 4; hops++) {
    const rel = c.rel(at);
    if (!/^(obl|nmod|obj)/.test(rel) || rel === 'nmod:poss') return -1;
    at = c.s.syntax[at].head;
    if (at >= 0 && c.s.syntax[at].upos === 'VERB') return c.subjectOf(at);
  }
  return -1;
}

// "those pardoned included two Japanese citizens", "the released were ...": the participle used as
// a noun refers back to a release; whoever the sentence names after it is among those released.
function anaphoricRelease(c: Clause, v: number, rule: EventTrigger): EventFrame | undefined {
  const subj = c.children(v, 'nsubj', 'nsubj:pass');
  const before = v > 0 ? c.s.tokens[v - 1].text.toLowerCase() : '';
  if (!(before === 'those' || before === 'the') || !(subj.some((k) => k === v - 1) || c.rel(v) === 'amod' || c.s.syntax[v - 1].head === v)) return undefined;
  const people = actorsBetween(c.doc, c.s.tokens[v].end, c.s.end);
  return { rule, trigger: v, passive: true, hasSubject: false, agents: [], targets: [], beneficiaries: people, count: null, anaphoric: true };
}

function verbFrame(c: Clause, v: number, rule: EventTrigger): EventFrame | undefined {
  if (rule.object === 'beneficiary' && rule.type !== 'prisoner_exchange') {
    const back = anaphoricRelease(c, v, rule);
    if (back) return back;
  }
  if (isIrrealis(c, v, false)) return undefined;
  const passive = c.isPassive(v);
  const agents = passive ? actors(c, c.marked(v, ['by'])) : c.subjectActors(v);
  const objects = [...c.children(v, 'obj', 'iobj'), ...(passive ? c.children(v, 'nsubj:pass') : [])];
  const lemma = c.lemma(v);
  const hasSubject = passive ? c.marked(v, ['by']).length > 0 : c.subjectOf(v) >= 0;
  const frame: EventFrame = { rule, trigger: v, passive, hasSubject, speakerActs: !passive && c.hasUnresolvedPronounSubject(v), agents, targets: [], beneficiaries: [], count: null, requester: requesterOf(c, v) };
  if (rule.object === 'beneficiary') {
    const freed = captives(c, objects);
    if (!freed) return undefined;
    frame.beneficiaries = unique([...freed.beneficiaries, ...includedAfter(c, v)]);
    frame.count = freed.count;
    frame.targets = actors(c, c.marked(v, rule.targetCases));
    return frame;
  }
  // "called ON Japan to", not "called the talks"
  const objectTargets = lemma === 'call' ? [] : actors(c, objects);
  frame.targets = unique([...objectTargets, ...actors(c, c.marked(v, lemma === 'call' ? ['on'] : rule.targetCases))]);
  // "the attempts had been met with advice": a passive meeting needs a party met
  if (rule.symmetric && passive && actors(c, c.children(v, 'nsubj:pass')).length === 0) return undefined;
  // "X met Brazilian Finance Minister Y today and ..." parsed with Y as the subject of the next verb:
  // a name right after a verb that got no object is its object
  if (frame.targets.length === 0 && objects.length === 0 && lemma !== 'call') {
    const next = v + 1 < c.s.tokens.length && rule.targetCases.includes(c.s.tokens[v + 1].text.toLowerCase()) ? v + 2 : v + 1;
    const after = next < c.s.tokens.length ? actorsBetween(c.doc, c.s.tokens[next].start, c.s.end)[0] : undefined;
    if (after && after.start === c.s.tokens[next].start && after.cls.type !== 'Pronoun') frame.targets = [after];
  }
  // "demanded that Germany pay": the subject of the demanded clause; "threatened to impose tariffs
  // on X": the object of the threatened act
  for (const k of c.children(v, 'ccomp', 'xcomp')) {
    if (frame.targets.length) break;
    if (lemma === 'demand') frame.targets = actors(c, c.children(k, 'nsubj'));
    if (rule.type === 'threat') frame.targets = actors(c, [...c.children(k, 'obj'), ...c.marked(k, ['on', 'against', 'to'])]);
  }
  // "called ON X", but "suspended payments on Brazil's debt" suspends no party
  if (NEEDS_ACTOR_OBJECT.has(lemma) && (lemma === 'call' ? frame.targets : objectTargets).length === 0) return undefined;
  // a threat is made by someone: "a dispute that threatened the economy", "threatened with
  // collapse" are no threats; "X was threatened with sanctions" is one
  if (lemma === 'threaten') {
    const coerced = c.marked(v, ['with']).some((k) => COERCIVE_LEMMAS.has(c.lemma(k)));
    if (passive ? !coerced && agents.length === 0 : agents.length === 0) return undefined;
  }
  // "..., he demanded": a speech tag with no demand made of anyone or for anything
  if (rule.type === 'demand' && objects.length === 0 && frame.targets.length === 0 && c.children(v, 'ccomp').length === 0) return undefined;
  // "his words met a cool reception", "visited the site": an object that is no actor is no side
  if (rule.symmetric && objects.length > 0 && objectTargets.length === 0 && frame.targets.length === 0) return undefined;
  if (rule.type === 'visit' && frame.targets.length === 0) frame.targets = capitals(c, [...objects, ...c.marked(v, rule.targetCases)]);
  if (rule.type === 'visit' && frame.targets.length === 0) frame.targets = visitedHere(c, [v]);
  if ((rule.type === 'visit' || rule.type === 'appeal') && frame.targets.length === 0) return undefined;
  // "EU finance ministers meet on Thursday": a meeting needs two sides
  if (rule.type === 'meeting' && frame.targets.length === 0 && agents.length < 2) return undefined;
  return frame;
}

function nounFrame(c: Clause, n: number, rule: EventTrigger, announced = false): EventFrame | undefined {
  // "signed a defence and economic agreement" (a conjunct of the object), "a letter of intent"
  // (the object's "of" phrase): the phrase the verb takes is the one to read
  let anchor = n;
  for (let hops = 0; hops < 2; hops++) {
    const up = c.s.syntax[anchor].head;
    if (up < 0 || !(c.rel(anchor) === 'conj' || (c.rel(anchor) === 'nmod' && c.caseOf(anchor) === 'of')) || c.s.syntax[up].upos !== 'NOUN') break;
    anchor = up;
  }
  const gov = c.s.syntax[anchor].head;
  const rel = c.rel(anchor);
  const supports = (v: number) => v >= 0 && c.s.syntax[v].upos === 'VERB' && !!rule.nounVerbs?.includes(c.lemma(v));
  // "signed an agreement", "the agreement was signed", or a participle on the noun: "the agreement
  // signed on Tuesday with X"
  // or a relative clause: "the deal Shell signed with Qatar"
  const participle = c.children(n, 'acl').find(supports);
  const relative = participle === undefined ? c.children(n, 'acl:relcl').find((v) => supports(v) && c.children(v, 'obj').length === 0) : undefined;
  // (a participle the parser took for the main verb, "The accord signed on Tuesday ...", has the noun as subject)
  const reduced = rel === 'nsubj' && supports(gov) && c.s.syntax[gov].xpos === 'VBN' && !c.kids[gov].some((k) => c.rel(k).startsWith('aux'));
  // (and "signed a defence and economic agreement" parsed with the agreement conjoined to the verb)
  const verb = participle ?? relative ?? (supports(gov) && (/^(obj|nsubj:pass|obl|conj)/.test(rel) || reduced) ? gov : -1);
  const supported = verb >= 0;
  if (rule.nounVerbs && !supported) return undefined;
  if (rule.type === 'prisoner_exchange' && !c.kids[n].some((k) => CAPTIVE_NOUNS.has(c.lemma(k)))) return undefined;
  if (!announced && (isIrrealis(c, n, true, rule.nounVerbs) || (anchor !== n && isIrrealis(c, anchor, true, rule.nounVerbs)))) {
    // sanctions that would be or are planned to be imposed are threatened
    if (rule.type === 'sanction' && supported && isAnnouncedMeasure(c, verb)) return nounFrame(c, n, THREAT_OF_MEASURE, true);
    return undefined;
  }
  if (participle !== undefined && isIrrealis(c, participle, false)) return undefined;
  if (relative !== undefined && isIrrealis(c, relative, false)) return undefined;
  const passive = supported && (participle !== undefined || reduced || c.isPassive(verb));
  // "Brown's trip", "US sanctions", "the release of X by Syria"
  const own = [...c.children(n, 'nmod:poss', 'compound'), ...c.marked(n, ['by'])];
  let agents = actors(c, own);
  let hasSubject = own.length > 0;
  if (agents.length === 0 && supported) {
    agents = passive ? actors(c, c.marked(verb, ['by'])) : c.subjectActors(verb);
    hasSubject ||= passive ? c.marked(verb, ['by']).length > 0 : c.subjectOf(verb) >= 0;
  }
  if (agents.length === 0 && !supported) {
    const subj = governingSubject(c, n);
    if (subj >= 0) agents = c.actorsOf(subj);
    hasSubject ||= subj >= 0;
  }
  const speakerActs = supported && !passive && c.hasUnresolvedPronounSubject(verb);
  const frame: EventFrame = { rule, trigger: n, passive, hasSubject, speakerActs, agents, targets: [], beneficiaries: [], count: null, requester: requesterOf(c, n) };
  if (rule.object === 'beneficiary') {
    const patients = c.marked(n, ['of']);
    // "the release of the four seamen by Syria": the parser often hangs "by" on the people
    if (frame.agents.length === 0) frame.agents = actors(c, patients.flatMap((p) => c.marked(p, ['by'])));
    const freed = captives(c, patients);
    if (!freed && rule.type !== 'prisoner_exchange') return undefined;
    frame.beneficiaries = unique([...(freed?.beneficiaries ?? []), ...includedAfter(c, n)]);
    frame.count = freed?.count ?? null;
  }
  const cases = rule.targetCases.filter((x) => x !== 'between');
  // "gave Tokyo a warning": the indirect object is the side acted upon
  const holders = anchor === n ? [n] : [n, anchor];
  // "the visit by X to Turkey" with "to Turkey" hung on X: the parser's usual slip with stacked phrases
  if (!holders.some((h) => c.marked(h, cases).length)) holders.push(...c.marked(n, ['by']));
  frame.targets = actors(c, [...holders.flatMap((h) => c.marked(h, cases)), ...(supported ? [...c.marked(verb, cases), ...c.children(verb, 'iobj')] : [])]);
  // "a meeting between X and Y": both sides are in the noun phrase
  const between = actors(c, [...holders.flatMap((h) => c.marked(h, ['between'])), ...(supported ? c.marked(verb, ['between']) : [])]);
  if (between.length > 1 && frame.agents.length === 0) frame.agents = between.splice(0, 1);
  frame.targets = unique([...frame.targets, ...between]);
  if (rule.type === 'visit' && frame.targets.length === 0) frame.targets = capitals(c, holders.flatMap((h) => c.marked(h, cases)));
  if (rule.type === 'visit' && frame.targets.length === 0) frame.targets = visitedHere(c, holders);
  // "a personal appeal to party activists" is made to no party
  if ((rule.type === 'visit' || rule.type === 'appeal') && frame.targets.length === 0) return undefined;
  // a meeting is between two named parties: "the OPEC meeting", "the board met" are not
  if (rule.type === 'meeting' && new Set([...frame.agents, ...frame.targets].map((m) => m.entityId)).size < 2) return undefined;
  return frame;
}

// "warned Tokyo of sanctions", "warned that it would retaliate": a warning of a coercive measure is a threat.
function warningFrame(c: Clause, v: number): EventFrame | undefined {
  if (isIrrealis(c, v, false)) return undefined;
  const measure = c.marked(v, ['of', 'about']).some((k) => COERCIVE_LEMMAS.has(c.lemma(k)));
  const act = c.children(v, 'ccomp').some((k) => COERCIVE_LEMMAS.has(c.lemma(k)) && c.kids[k].some((a) => c.rel(a) === 'aux' && /^(would|will|could|might|may)$/i.test(c.s.tokens[a].text)));
  if (!measure && !act) return undefined;
  return { rule: THREAT, trigger: v, passive: false, hasSubject: c.subjectOf(v) >= 0, agents: c.subjectActors(v), targets: actors(c, c.children(v, 'obj')), beneficiaries: [], count: null };
}

/** Every event trigger of a sentence with its arguments read off the parse. */
export function eventFrames(c: Clause): EventFrame[] {
  const out: EventFrame[] = [];
  c.s.syntax.forEach((w, i) => {
    const lemma = c.lemma(i);
    if (w.upos === 'VERB' && lemma === 'warn') {
      const f = warningFrame(c, i);
      if (f) out.push(f);
    }
    // a word in a nominal relation is a noun whatever its tag ("a letter of intent" with "intent" tagged JJ)
    const nominal = w.upos === 'NOUN' || (/^(nmod|obj|nsubj)/.test(w.deprel) && w.upos === 'ADJ');
    for (const rule of EVENT_TRIGGERS) {
      const f = w.upos === 'VERB' && rule.verbs.includes(lemma) ? verbFrame(c, i, rule) : nominal && rule.nouns.includes(lemma) ? nounFrame(c, i, rule) : undefined;
      if (f) out.push(f);
    }
  });
  return out;
}
