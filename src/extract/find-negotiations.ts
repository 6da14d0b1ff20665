import type { Negotiation, NegotiationStatus, Span, Statement } from '../model/index.js';
import type { Doc, RawMention, Sentence } from './doc.js';
import type { RoleClaim } from './find-titles.js';
import { actorsBetween } from './actor-index.js';
import { sideOf } from './actor-side.js';
import { ROLE_WORDS, STATE_OFFICE } from './lexicon/roles.js';

// Words that name talks; "talks" only as a noun (after a determiner/adjective or before with/on).
const TRIGGER = /^(negotiations?|negotiat(e|es|ed|ing)|talks|dialogue|discussions|consultations|summit|mediation|mediat(e|ed|ing)|agreements?|deal|accord|treaty|pact|truce|ceasefire|cease-fire|accession|meeting|meetings|met)$/i;
// Meetings count as talks (CAMEO 040 consult) only with a named counterpart: "met with X", "a meeting between X and Y".
const MEETING = /^(meeting|meetings|met)$/i;
const AGREEMENT = /^(agreements?|deal|accord|treaty|pact|truce|ceasefire|cease-fire)$/i;

// Status cues in the words around a trigger, strongest first. Each maps to its CAMEO code.
const STATUS_RULES: [RegExp, NegotiationStatus, string][] = [
  [/\bthreat(en|ened|ens|ening)\b.{0,40}\b(halt|stop|end|break off|suspend|walk out|pull out|quit|withdraw)|\b(will|would|could|shall)\s+(immediately\s+)?(stop|halt|end|break off|suspend|walk out of|pull out of)\b/i, 'threatened', '134'],
  [/\b(halted|suspended|broke off|broken off|called off|walked out|pulled out|ended|terminated|abandoned|cancell?ed|stopped|withdrew from|collapsed|collapse|broke down|breakdown|failure)\b/i, 'halted', '164'],
  [/\b(stalled|deadlock(ed)?|impasse|stuck|stalemate|frozen|bogged down|no progress|failed to (agree|reach))\b/i, 'stalled', '046'],
  [/\b(reached|reach|reaching|signed|sign|signing|concluded|clinched|struck|sealed|initialled|initialed|agree|agrees|agreed|finali[sz]ed|ratified)\b/i, 'agreed', '057'],
  [/\b(propos(e|ed|al)|offer(ed)?|call(ed|s)? for|invit(e|ed|ation)|ready to|willing to|open to|want(s|ed)? to|plan(s|ned)? to|seek(s|ing)?|will (hold|open|start|begin|resume)|to (hold|open|start|begin|resume)|expected to|scheduled|prepared to)\b/i, 'proposed', '036'],
];

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

// "Japanese automakers" are not Japan; "the Japanese government" and "the Americans" are.
const GOVERNMENT_NOUN = /^\s+(government|officials?|authorities|leaders?|leadership|president|prime minister|premier|ministers?|delegation|negotiators?|side|team|envoys?|diplomats?|administration|cabinet|military|army|regime)\b/i;
function canBeParty(doc: Doc, m: RawMention): boolean {
  if (m.cls.type === 'State' && m.cls.form === 'demonym') return GOVERNMENT_NOUN.test(doc.text.slice(m.end, m.end + 30));
  return true;
}

// "with X", "between X and Y", "with X, Y and Z": the list of actors right after the preposition.
function listAfter(doc: Doc, from: number, to: number): RawMention[] {
  const out: RawMention[] = [];
  let at = from;
  for (const m of actorMentions(doc, from, to)) {
    const gap = doc.text.slice(at, m.start);
    const titled = out.length > 0 && m.cls.type === 'Person' && isTitle(gap);
    const fits = out.length === 0 ? /^\s*(the\s+|its\s+|their\s+|his\s+|her\s+)?([\w-]+\s+){0,2}$/i.test(gap) : titled || /^\s*(\([^)]*\)\s*)?(,|and|or|, and)\s+(the\s+)?([\w]+-[\w]+\s+)?$/i.test(gap);
    if (!fits) break;
    if (canBeParty(doc, m)) out.push(m);
    at = m.end;
  }
  return out;
}

// "South Korean President X": the words between a state and a person that make them one side.
function isTitle(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return gap.trim().length > 0 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || /^(of|the)$/.test(w));
}

const PREPOSITION_BEFORE = /\b(in|at|to|from|of|for|on|by|with|into|near|after|before|than|about|against|visit|visiting|visited)\s+(the\s+)?$/i;

// "negotiations on the release of prisoners are being conducted", "negotiating with Brazil over
// coffee quotas": the noun phrase after on/about/over, past a "with X" or "between X and Y".
function topicAfter(doc: Doc, s: Sentence, k: number): string | null {
  const toks = s.tokens;
  let i = k + 1;
  for (let n = 0; toks[i] && n < 8 && !/^(on|about|over|regarding|concerning|for|of)$/i.test(toks[i].text); n++, i++) {
    if (/^[,;.:]$|^(that|which|but|said|after|before|because|when|while)$/i.test(toks[i].text)) return null;
  }
  if (!toks[i] || !/^(on|about|over|regarding|concerning|for|of)$/i.test(toks[i].text)) return null;
  i++;
  while (toks[i] && /^(the|a|an)$/i.test(toks[i].text)) i++;
  const from = i;
  while (toks[i] && !/^(are|is|was|were|will|would|have|has|had|be|been|being|with|between|in|at|,|\.|;|:|that|which|but|said|to|after|before|on|"|“|”)$/i.test(toks[i].text)) i++;
  return i > from ? doc.text.slice(toks[from].start, toks[i - 1].end) : null;
}

// "trade talks", "debt rescheduling negotiations", "peace deal": lowercase nouns before the trigger.
function topicBefore(doc: Doc, s: Sentence, k: number): string | null {
  if (/^negotiat(e|es|ed|ing)$|^mediat(e|ed|ing)$/i.test(s.tokens[k].text)) return null; // a verb has no noun modifiers
  let i = k - 1;
  while (i >= 0 && /^[a-z][a-z-]+$/.test(s.tokens[i].text) && !/(ed|ing)$/.test(s.tokens[i].text) && !/^(said|says|say|told|tells|would|could|should|will|may|might|must|can|are|is|was|were|has|have|had|been|be|to|for|after|before|when|while|since|during|under|over|at|by|the|a|an|of|in|on|with|and|all|any|these|those|this|that|new|further|direct|bilateral|formal|informal|fresh|final|possible|such|some|no|its|their|our|his|her|more|current|ongoing|secret|high-level|two-day|three-day|preliminary|renewed|stop|hold|held|resume|start|begin|continue|reach|reached|reaching|sign|signed|conducted|immediately)$/.test(s.tokens[i].text)) i--;
  return i + 1 < k ? doc.text.slice(s.tokens[i + 1].start, s.tokens[k - 1].end) : null;
}

const excludedCache = new WeakMap<Sentence, Set<string>>();

function excludedIn(doc: Doc, s: Sentence): Set<string> {
  const cached = excludedCache.get(s);
  if (cached) return new Set(cached);
  const out = new Set<string>();
  excludedCache.set(s, out);
  const text = doc.text;
  for (const m of actorMentions(doc, s.start, s.end)) {
    const before = text.slice(Math.max(s.start, m.start - 24), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 60));
    if (/\b(not with|without|excluding|except|other than|but not)\s+(the\s+)?$/i.test(before)) out.add(m.entityId!);
    else if (/^(,?\s+\w+){0,2}\s+(is|are|was|were|have been|has been)\s+not\s+(involved|a part(y)?|part|included|participating|taking part|invited)/i.test(after)) out.add(m.entityId!);
    else if (/^(\s+\w+){0,2}\s+(was|were|has been|have been|is|are)\s+(excluded|left out|shut out|sidelined)/i.test(after)) out.add(m.entityId!);
  }
  return new Set(out);
}

// The words that govern the trigger come before it ("suspended talks", "agreed to resume talks");
// only when there are none do the words after it count ("talks ... have stalled").
function statusOf(before: string, after: string): [NegotiationStatus, string] {
  for (const window of [before, after]) {
    for (const [re, status, cameo] of STATUS_RULES) {
      const m = re.exec(window);
      if (m && !negated(window, m.index)) return [status, cameo];
    }
  }
  return ['ongoing', '046'];
}

// "never refused dialogue", "did not suspend the talks": a negated status word says the opposite.
function negated(text: string, at: number): boolean {
  return /\b(not|never|no|n['’]t|without)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
}

// The addressee of a quote: "I warned the Americans ...: ... with you" makes "you" the Americans.
function addresseeOf(doc: Doc, st: Statement | undefined): string | undefined {
  if (!st) return undefined;
  const m = /\b(warned|told|tell|warn|asked|ask|assured|promised|informed)\s+/i.exec(st.text);
  if (!m) return undefined;
  const at = st.start + m.index + m[0].length;
  return actorMentions(doc, at, at + 30).find((x) => x.start - at <= 4)?.entityId;
}

// "senior French Treasury officials" act for France: a government body named with its state's
// adjective is that state's side.
function stateBefore(doc: Doc, m: RawMention): string | undefined {
  if (m.cls.type !== 'Organization' || m.cls.kind !== 'government agency') return undefined;
  const before = doc.mentions.find((x) => x.cls.type === 'State' && x.end <= m.start && m.start - x.end <= 1 && x.entityId?.startsWith('state:'));
  return before?.entityId;
}

function findingIn(doc: Doc, s: Sentence, k: number, statements: Statement[], sideOfId: (id: string) => string): Finding | undefined {
  const side = (id: string) => sideOfId(id);
  const sideOfMention = (m: RawMention) => stateBefore(doc, m) ?? side(m.entityId!);
  const toks = s.tokens;
  const word = toks[k].text;
  if (/^talks$/i.test(word) && k > 0 && /^(he|she|it|who|they|we|one)$/i.test(toks[k - 1].text)) return undefined;
  // "talks on a peace treaty": an agreement that is the subject of talks is their topic, not a second trigger
  if (AGREEMENT.test(word) && /\b(on|about|over|for|towards?|regarding|concerning)\s+(an?|the|its|their|a new|a possible)?\s*([\w-]+\s+){0,2}$/i.test(doc.text.slice(Math.max(s.start, toks[k].start - 40), toks[k].start))) return undefined;
  const st = statements.find((x) => x.start <= toks[k].start && toks[k].end <= x.end);
  const parties = new Set<string>();
  const mediators = new Set<string>();
  const excluded = excludedIn(doc, s);
  const rest = doc.text.slice(toks[k].end, s.end);
  const afterTrigger = actorMentions(doc, toks[k].end, s.end);
  // "with X (and Y)", "between X and Y": the actors in the clause after the trigger
  const clauseEnd = toks[k].end + (/[;]|, (but|while|although)\b/.exec(rest)?.index ?? rest.length);
  const withMatch = /^(?:\s+[\w'’-]+){0,6}?\s+(with|between)\s/i.exec(rest);
  let counterpart = false;
  if (withMatch) {
    const from = toks[k].end + withMatch.index + withMatch[0].length;
    for (const m of listAfter(doc, from, clauseEnd)) {
      parties.add(sideOfMention(m));
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
  // "U.S.-Japan talks", "Japanese-U.S. negotiations": states joined by a hyphen before the trigger
  const pre = doc.text.slice(Math.max(s.start, toks[k].start - 40), toks[k].start);
  if (/[-–]\S+\s+(\w+\s+)?$/.test(pre) || /[-–]$/.test(pre.trim())) {
    for (const m of actorMentions(doc, toks[k].start - 40, toks[k].start)) {
      if (m.cls.type === 'State' && /[-–]/.test(doc.text.slice(m.start - 1, m.end + 1))) {
        parties.add(m.entityId!);
        counterpart = true;
      }
    }
  }
  // mediators: "mediated by X", "X-brokered", "X's mediation"
  for (const m of afterTrigger) if (/\b(mediated|brokered|hosted|sponsored)\s+by\s+(the\s+)?$/i.test(doc.text.slice(m.start - 30, m.start))) mediators.add(m.entityId!);
  for (const m of actorMentions(doc, s.start, toks[k].start)) if (/^[-–](brokered|mediated|sponsored)|^['’]s mediation/.test(doc.text.slice(m.end, m.end + 12))) mediators.add(m.entityId!);
  // the other side: the subject before the trigger, or the speaker whose statement holds it
  const subject = actorMentions(doc, s.start, toks[k].start).filter(
    (m) => canBeParty(doc, m) && !excluded.has(m.entityId!) && !mediators.has(m.entityId!) && !/^[-–]/.test(doc.text.slice(m.end, m.end + 1)) && !PREPOSITION_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 16), m.start)),
  );
  const inQuote = st && st.kind !== 'indirect';
  const usedWe = /\b(we|us|our)\b/i.test(doc.text.slice(s.start, s.end));
  if (st?.speakerId && (parties.size < 2) && (!subject.length || st.start > subject[0].start || inQuote)) {
    if (!inQuote || usedWe) parties.add(side(st.speakerId));
  }
  if (subject.length && !(inQuote && st && subject[0].start >= st.start)) {
    const first = subject[0];
    // "X and Y agreed", "X held talks with Y"
    parties.add(sideOfMention(first));
    // "X and Y held talks", "The European Community (EC) and Soviet-led Comecon ended talks"
    const and = /^\s*(\([^)]*\)\s*)?(,|and)\s+/i.exec(doc.text.slice(first.end, toks[k].start));
    if (and) {
      for (const m of listAfter(doc, first.end + and[0].length, toks[k].start)) {
        parties.add(sideOfMention(m));
        counterpart = true;
      }
    }
  } else if (subject.length && inQuote && st && subject[0].start >= st.start && parties.size === 0) {
    parties.add(side(subject[0].entityId!));
  }
  for (const e of excluded) parties.delete(e);
  for (const m of mediators) parties.delete(m);
  if (parties.size === 0 && excluded.size === 0) return undefined;
  // An agreement named without its other side ("the pricing agreement") is a topic, not talks.
  if ((AGREEMENT.test(word) || MEETING.test(word)) && !counterpart && excluded.size === 0) return undefined;
  // The status words stand before the trigger ("suspended talks") or close after it in its clause
  // ("talks ... have stalled").
  const window = doc.text.slice(Math.max(s.start, toks[k].start - 70), Math.min(clauseEnd, toks[k].end + 90));
  let [status, cameo] = statusOf(doc.text.slice(Math.max(s.start, toks[k].start - 70), toks[k].end), doc.text.slice(toks[k].end, Math.min(clauseEnd, toks[k].end + 90)));
  if (/^mediat/i.test(word) || mediators.size) cameo = status === 'ongoing' ? '045' : cameo;
  if (AGREEMENT.test(word) && status === 'ongoing') [status, cameo] = ['agreed', '057'];
  if (MEETING.test(word) && status === 'ongoing') cameo = '040';
  const rejected = /\b(reject(ed|s)?|refus(ed|es)|declin(ed|es)|ruled out)\b/i.exec(window);
  if (rejected && !negated(window, rejected.index)) [status, cameo] = ['halted', '125'];
  const topic = topicAfter(doc, s, k) ?? topicBefore(doc, s, k);
  return { sentence: s, trigger: { start: toks[k].start, end: toks[k].end }, parties, excluded, mediators, topic, status, cameo };
}

const STATUS_RANK: NegotiationStatus[] = ['proposed', 'ongoing', 'threatened', 'stalled', 'halted', 'agreed'];

/** Finds talks, negotiations and agreements with their parties, exclusions and status; one per set of parties. */
export function findNegotiations(doc: Doc, statements: Statement[], claims: RoleClaim[]): Negotiation[] {
  const side = sideOf(claims, doc.mentions);
  const findings: Finding[] = [];
  for (const s of doc.sentences) {
    s.tokens.forEach((t, k) => {
      if (!TRIGGER.test(t.text)) return;
      const f = findingIn(doc, s, k, statements, side);
      if (f) findings.push(f);
    });
  }
  // Sentences about the same talks make one negotiation: two sets of parties are the same talks
  // when they share two parties, or one when a sentence names only one side.
  const groups: Finding[][] = [];
  const partiesOf = (g: Finding[]) => new Set(g.flatMap((f) => [...f.parties]));
  for (const f of findings) {
    // "Israel, which is not a party to the talks": exclusions alone belong to the talks told before
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
      confidence: Math.min(0.95, 0.6 + 0.1 * g.length),
      origin: 'rule:negotiation-trigger',
    });
  }
  return out;
}

