import type { Event, EventRole, Span, Statement } from '../model/index.js';
import type { Doc, Sentence } from './doc.js';
import { DATE_EXPRESSION, normalizeDate } from './normalize-date.js';
import { actorsBetween } from './actor-index.js';
import { sideOf } from './actor-side.js';
import type { RoleClaim } from './find-titles.js';

interface EventRule {
  type: string;
  cameo: string;
  trigger: RegExp;
  /** Passive or anaphoric forms ("those pardoned", "the released") that refer back to an earlier event. */
  anaphor?: RegExp;
}

// One rule per event type, matched on a sentence's text; the CAMEO code is the event's own.
const RULES: EventRule[] = [
  { type: 'release', cameo: '0841', trigger: /\b(released|releases|releasing|release of|freed|frees|set free|let go)\b/i, anaphor: /\b(those|the)\s+(released|freed)\b/i },
  { type: 'pardon', cameo: '0841', trigger: /\b(pardoned|pardons|pardoning|pardon of|granted (a )?pardons?|amnest(y|ied))\b/i, anaphor: /\b(those|the)\s+(pardoned|amnestied)\b/i },
  { type: 'prisoner_exchange', cameo: '0841', trigger: /\b(prisoner (swap|exchange)|exchange of prisoners|(exchanged|swapped|traded)\s+([\w-]+\s+){0,2}(prisoners|captives|detainees|POWs|servicemen|soldiers))\b/i },
  { type: 'agreement_signed', cameo: '057', trigger: /\b(signed|sign|signing|initialled|initialed)\s+(an?|the|their|its)?\s*([\w-]+\s+){0,5}(agreement|accord|deal|treaty|pact|memorandum|letter of intent|contract)\b/i },
  { type: 'agreement_signed', cameo: '057', trigger: /\b(agreement|accord|deal|treaty|pact|memorandum|letter of intent|contract)\s+(was|were|has been|have been|had been|will be)\s+signed\b/i },
  { type: 'threat', cameo: '130', trigger: /\b(threatened|threatens|threatening)\s+(to\b|([\w-]+\s+){1,3}with\b)/i },
  { type: 'demand', cameo: '100', trigger: /\b(demanded|demanding|demands|demand)\s+(that|the|an?)\b/i },
  { type: 'appeal', cameo: '020', trigger: /\b(called on|calls on|calling on|urged|urges|urging|appealed to|appeals to)\s+([\w.'’-]+\s+){1,4}to\b/i },
  { type: 'meeting', cameo: '040', trigger: /\b(met with|met|meets|meeting with|held a meeting|will meet|to meet)\b/i },
  { type: 'visit', cameo: '042', trigger: /\b(visited|visiting|visit to|arrived in|trip to)\b/i },
  { type: 'sanction', cameo: '163', trigger: /\b(imposed|impose|imposing|slapped|announced|new)\s+([\w-]+\s+){0,2}(sanctions|tariffs|embargo|boycott)\b|\bsanctions (on|against)\b/i },
];

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, dozens: 24, hundreds: 200 };
// Any plural noun counts what was released ("12 sailors", "three Polish citizens").
const PEOPLE = String.raw`([a-z]*(?:s|men|people|children|folk))`;

const actors = actorsBetween;

function countAfter(text: string): number | null {
  const m = new RegExp(String.raw`^\s*(?:some|about|at least|more than|nearly|almost|over)?\s*(\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+)?${PEOPLE}\b`, 'i').exec(text);
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? Number(m[1].replace(/,/g, '')) : NUMBER_WORDS[m[1].toLowerCase()];
  return Number.isFinite(n) ? n : null;
}

function dateIn(doc: Doc, s: Sentence, near: Span): string | null {
  const chunk = doc.text.slice(s.start, s.end);
  let best: { d: string; dist: number } | null = null;
  for (const m of chunk.matchAll(DATE_EXPRESSION)) {
    const d = normalizeDate(m[0], doc.article.publishedAt);
    const dist = Math.abs(s.start + m.index - near.start);
    if (d && (!best || dist < best.dist)) best = { d, dist };
  }
  return best?.d ?? null;
}

// The clause an event verb sits in: from the last "that"/";" before it (reported speech) or the sentence start.
function clauseStart(doc: Doc, s: Sentence, at: number): number {
  const before = doc.text.slice(s.start, at);
  const m = /.*\b(that|;)\s/is.exec(before);
  return m ? s.start + m[0].length : s.start;
}

const SYMMETRIC = new Set(['agreement_signed', 'meeting', 'prisoner_exchange']);

function rolesOf(doc: Doc, s: Sentence, rule: EventRule, trig: Span, statement: Statement | undefined, side: (id: string) => string): EventRole[] {
  const roles: EventRole[] = [];
  const push = (role: string, id: string) => !roles.some((r) => r.role === role && r.entityId === id) && roles.push({ role, entityId: id });
  // Agents and targets are coded at the level of the state or organization an official acts for
  // (as CAMEO does); the official stays on the event as its representative.
  const add = (role: string, id: string | undefined) => {
    if (!id) return;
    const sided = role === 'agent' || role === 'target' ? side(id) : id;
    push(role, sided);
    if (sided !== id) push(`${role}_representative`, id);
  };
  const text = doc.text;
  const after = text.slice(trig.end, s.end);
  const requestAt = /\b(at the (?:request|behest|urging|invitation) of|at\s+)(?=.{0,60}request)/i.exec(after);
  // Objects end where the statement that holds the event ends (", the ministry said" is not an object).
  const clauseEnd = statement && statement.start <= trig.start && trig.end <= statement.end ? statement.end : s.end;
  const requestFrom = requestAt ? trig.end + requestAt.index : clauseEnd;
  // requester: "at the request of US President Donald Trump", "at Trump's request"
  if (requestAt) {
    const req = actors(doc, requestFrom, s.end);
    const person = req.find((m) => m.entityId!.startsWith('person:'));
    add('requester', (person ?? req[0])?.entityId);
  }
  // agent: the last actor before the verb in its clause; "by X" after a passive
  const passive = /^\s*by\s/i.test(after) || /\b(was|were|been|be|being)\s+\S*\s*$/i.test(text.slice(s.start, trig.start));
  const subj = actors(doc, clauseStart(doc, s, trig.start), trig.start).filter((m) => !/\b(of|with|to)\s+(the\s+)?$/i.test(text.slice(m.start - 8, m.start)));
  // "The United States and Turkey signed", "X and Y met": both sides of a symmetric event
  const pair = SYMMETRIC.has(rule.type) && subj.length >= 2 && /^\s*(\([^)]*\)\s*)?and\s+(the\s+)?$/i.test(text.slice(subj[subj.length - 2].end, subj[subj.length - 1].start));
  if (!passive && pair) {
    add('agent', subj[subj.length - 2].entityId);
    add('target', subj[subj.length - 1].entityId);
  } else if (!passive && /,\s+and\s+(\w+ly\s+)?$/i.test(text.slice(s.start, trig.start)) && subj.length) {
    // "X said ..., and threatened to ...": a second verb of the sentence's subject
    add('agent', subj[0].entityId);
  } else if (!passive && subj.length) add('agent', subj[subj.length - 1].entityId);
  if (passive) add('agent', actors(doc, trig.end, requestFrom).find((m) => /\bby\s+(the\s+)?([\w-]+\s+){0,3}$/i.test(text.slice(m.start - 30, m.start)))?.entityId);
  // objects: beneficiaries of releases, targets of the rest
  // Rules whose pattern spans the object ("urged Israel to", "threatened Taiwan with") look for it
  // right after the verb.
  const objectFrom = /^(appeal|threat|demand)$/.test(rule.type) ? trig.start + (/^\S+(\s+(on|to))?/.exec(text.slice(trig.start, trig.end))?.[0].length ?? 0) : trig.end;
  const objects = actors(doc, objectFrom, requestFrom).filter((m) => !/\b(of|by)\s+(the\s+)?([\w-]+\s+){0,3}$/i.test(text.slice(Math.max(trig.end, m.start - 40), m.start)) || /\b(including|among them|such as)\b/i.test(text.slice(Math.max(trig.end, m.start - 40), m.start)));
  const release = rule.type === 'release' || rule.type === 'pardon' || rule.type === 'prisoner_exchange';
  // Who was released is the object right after the verb: "released to the media by a spokesman, said
  // ..." names no one released.
  const objectEnd = release ? trig.end + (/\b(said|says|to the|to a|after|before|because|when|while)\b|[;]/i.exec(text.slice(trig.end, requestFrom))?.index ?? requestFrom - trig.end) : requestFrom;
  for (const m of objects) {
    if (m.start >= objectEnd) continue;
    if (release) {
      const nationality = m.cls.type === 'State';
      add(nationality ? 'beneficiary_nationality' : 'beneficiary', m.entityId);
    } else if (!roles.some((r) => r.role === 'target')) add('target', m.entityId);
  }
  if (passive && release) for (const m of subj) if (m.entityId?.startsWith('person:')) add('beneficiary', m.entityId);
  if (statement?.speakerId) add('announcer', statement.speakerId);
  return roles;
}

/** Finds releases, pardons, exchanges, signed agreements, threats, demands, appeals, meetings, visits and sanctions. */
export function findEvents(doc: Doc, statements: Statement[], claims: RoleClaim[]): Event[] {
  const side = sideOf(claims, doc.mentions);
  const events: (Event & { sentence: number })[] = [];
  for (const s of doc.sentences) {
    const chunk = doc.text.slice(s.start, s.end);
    for (const rule of RULES) {
      const m = rule.trigger.exec(chunk);
      if (!m) continue;
      // "talks on the release of prisoners" is a topic, not a release that happened
      if (/\bof$/i.test(m[0]) && /\b(on|about|regarding|concerning|over|for|in|to|seek|seeking|sought|demand|demanded|demanding|call|called|calling|secure|securing|negotiate|negotiating|discuss|discussed|discussing|urge|urged|urging|push|pushed|pushing|want|wanted|wants)\s+(the\s+)?$/i.test(chunk.slice(0, m.index))) continue;
      const trig = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const statement = statements.find((x) => x.start <= trig.start && trig.end <= x.end);
      const roles = rolesOf(doc, s, rule, trig, statement, side);
      const count = rule.type === 'release' || rule.type === 'pardon' || rule.type === 'prisoner_exchange' ? countAfter(doc.text.slice(m[0].match(/^(exchanged|swapped|traded)\b/i) ? trig.start + m[0].split(/\s/)[0].length : trig.end, s.end)) : null;
      const date = dateIn(doc, s, trig);
      // "those pardoned included ...": the same release as the one just before, seen again
      const previous = events.filter((e) => s.index - e.sentence <= 2 && (e.type === 'release' || e.type === 'pardon')).at(-1);
      if (rule.anaphor?.test(chunk) && previous) {
        // only who was released and who announced it carry over: the new sentence's subject is its speaker
        const clause = actors(doc, clauseStart(doc, s, trig.start), s.end).filter((a) => a.entityId !== statement?.speakerId);
        const more: EventRole[] = clause.map((a) => ({ role: a.cls.type === 'State' ? 'beneficiary_nationality' : 'beneficiary', entityId: a.entityId! }));
        if (statement?.speakerId) more.push({ role: 'announcer', entityId: statement.speakerId });
        for (const r of more) if (!previous.roles.some((x) => x.role === r.role && x.entityId === r.entityId)) previous.roles.push(r);
        previous.evidence.push({ start: s.start, end: s.end });
        continue;
      }
      if (roles.length === 0 && count === null) continue;
      // A release frees people: a count of them or a named person ("details will be released" frees no one)
      if ((rule.type === 'release' || rule.type === 'pardon') && count === null && !roles.some((r) => r.role === 'beneficiary' && r.entityId.startsWith('person:'))) continue;
      events.push({
        id: `${doc.article.id}:evt:${trig.start}`,
        type: rule.type,
        cameo: rule.cameo,
        date,
        count,
        roles,
        evidence: [{ start: s.start, end: s.end }],
        confidence: roles.some((r) => r.role === 'agent') ? 0.8 : 0.6,
        origin: `rule:event-${rule.type}`,
        sentence: s.index,
      });
    }
  }
  return mergeRepeats(events).map(({ sentence: _s, ...e }) => e);
}

// A headline and its story, or two sentences, often tell one event twice: events of one type that
// share an agent or target (or where one names no side) are one event.
function mergeRepeats<E extends Event & { sentence: number }>(events: E[]): E[] {
  const out: E[] = [];
  const sides = (e: Event) => new Set(e.roles.filter((r) => r.role === 'agent' || r.role === 'target').map((r) => r.entityId));
  for (const e of events) {
    const same = out.find((o) => {
      if (o.type !== e.type) return false;
      const a = sides(o);
      const b = sides(e);
      // officials whose state is not given ("signed by Secretary of State X and Foreign Minister Y")
      // are the sides of the state-level event told just before
      const officials = [...b].every((x) => x.startsWith('person:')) && [...a].some((x) => !x.startsWith('person:')) && e.sentence - o.sentence <= 3;
      return a.size === 0 || b.size === 0 || officials || [...b].some((x) => a.has(x));
    });
    if (!same) {
      out.push(e);
      continue;
    }
    for (const r of e.roles) {
      const role = (r.role === 'agent' || r.role === 'target') && r.entityId.startsWith('person:') && [...sides(same)].some((x) => !x.startsWith('person:')) ? `${r.role}_representative` : r.role;
      if (!same.roles.some((x) => x.role === role && x.entityId === r.entityId)) same.roles.push({ role, entityId: r.entityId });
    }
    same.evidence.push(...e.evidence);
    same.count ??= e.count;
    same.date ??= e.date;
    same.confidence = Math.max(same.confidence, e.confidence);
  }
  return out;
}
