import type { Event, EventRole, Negotiation, Span, Statement } from '../model/index.js';
import type { Doc, RawMention, Sentence } from '../model/doc.js';
import { DATE_EXPRESSION, normalizeDate } from './normalize-date.js';
import { sideOf } from './actor-side.js';
import type { RoleClaim } from '../model/role-claim.js';
import { Clause } from './event-arguments.js';
import { eventFrames, type EventFrame } from './event-frames.js';
import { mergeRepeats } from './event-merge.js';
import { eventsFromTalks } from './event-from-talks.js';
import { EVENT_TRIGGERS } from './lexicon/event-triggers.js';

const SYMMETRIC = new Set(EVENT_TRIGGERS.filter((t) => t.symmetric).map((t) => t.type));
const RELEASE = new Set(['release', 'pardon', 'prisoner_exchange']);

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

// When a verb's clause has no subject at all (a headline fragment, a participle the parser left
// hanging), the subject of the sentence before stands in: news tells one actor's doings over
// several sentences. A nominalisation without a holder ("one visit to Cuba every three years") is
// often generic, so it gets none.
function previousSubject(doc: Doc, s: Sentence): RawMention | undefined {
  const before = doc.sentences[s.index - 1];
  if (!before || before.paragraph < 0) return undefined;
  const c = new Clause(doc, before);
  const root = before.syntax.findIndex((w) => w.head < 0);
  const subj = root < 0 ? -1 : c.subjectOf(root);
  return subj < 0 ? undefined : c.actorOf(subj);
}

/** Finds releases, pardons, exchanges, signed agreements, threats, demands, appeals, meetings, visits and sanctions on the parse. */
export function findEvents(doc: Doc, statements: Statement[], claims: RoleClaim[], negotiations: Negotiation[] = []): Event[] {
  const side = sideOf(claims, doc.mentions);
  const events: (Event & { sentence: number })[] = [];
  for (const s of doc.sentences) {
    if (s.syntax.length !== s.tokens.length) continue;
    const clause = new Clause(doc, s);
    for (const f of eventFrames(clause)) {
      const trig = { start: s.tokens[f.trigger].start, end: s.tokens[f.trigger].end };
      const statement = statements.find((x) => x.start <= trig.start && trig.end <= x.end);
      if (f.anaphoric) {
        const previous = events.filter((e) => s.index - e.sentence <= 2 && (e.type === 'release' || e.type === 'pardon')).at(-1);
        if (previous) joinRelease(previous, f, statement, { start: s.start, end: s.end });
        continue;
      }
      let agents = f.agents;
      if (agents.length === 0 && !f.hasSubject && !RELEASE.has(f.rule.type) && !f.passive && s.syntax[f.trigger].upos === 'VERB') {
        const before = previousSubject(doc, s);
        if (before) agents = [before];
      }
      if (agents.length === 0 && f.speakerActs && statement?.speakerId) {
        const speaker = doc.mentions.find((m) => m.entityId === statement.speakerId);
        if (speaker) agents = [speaker];
      }
      for (const roles of roleSets(f, agents, statement, side)) {
        if (!roles.some((r) => r.role === 'agent' || r.role === 'target' || r.role === 'beneficiary' || r.role === 'beneficiary_nationality') && f.count === null) continue;
        events.push({
          id: `${doc.article.id}:evt:${trig.start}`,
          type: f.rule.type,
          cameo: f.rule.cameo,
          date: dateIn(doc, s, trig),
          count: f.count,
          roles,
          evidence: [{ start: s.start, end: s.end }],
          trigger: trig,
          confidence: roles.some((r) => r.role === 'agent') ? 0.8 : 0.6,
          origin: `rule:event-${f.rule.type}`,
          sentence: s.index,
        });
      }
    }
  }
  // the talks' events come last: an event the frames found keeps its own evidence and roles
  const talks = eventsFromTalks(doc, negotiations, (si, at) => dateIn(doc, doc.sentences[si], { start: at, end: at }));
  // one id per event: a trigger with several targets ("A met B and C") gives several events
  const seen = new Map<string, number>();
  const out = mergeRepeats([...events, ...talks], SYMMETRIC).map(({ sentence: _s, ...e }) => e);
  for (const e of out) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}:${n}`;
  }
  return out;
}

// Those released named again ("those pardoned included ..."), and who announced it, join the release
// told just before; the new sentence's speaker is no one released.
function joinRelease(previous: Event, f: EventFrame, statement: Statement | undefined, evidence: Span): void {
  const more: EventRole[] = f.beneficiaries
    .filter((m) => m.entityId !== statement?.speakerId)
    .map((m) => ({ role: m.cls.type === 'State' ? 'beneficiary_nationality' : 'beneficiary', entityId: m.entityId! }));
  if (statement?.speakerId) more.push({ role: 'announcer', entityId: statement.speakerId });
  for (const r of more) if (!previous.roles.some((x) => x.role === r.role && x.entityId === r.entityId)) previous.roles.push(r);
  previous.evidence.push(evidence);
}

// Agents and targets are coded at the level of the state or organization an official acts for (as
// CAMEO does); the official stays on the event as its representative. One role set per target.
function roleSets(f: EventFrame, agents: RawMention[], statement: Statement | undefined, side: (id: string) => string): EventRole[][] {
  const base = (): { roles: EventRole[]; add: (role: string, id: string | undefined) => void } => {
    const roles: EventRole[] = [];
    const push = (role: string, id: string) => !roles.some((r) => r.role === role && r.entityId === id) && roles.push({ role, entityId: id });
    const add = (role: string, id: string | undefined) => {
      if (!id) return;
      const sided = role === 'agent' || role === 'target' ? side(id) : id;
      push(role, sided);
      if (sided !== id) push(`${role}_representative`, id);
    };
    return { roles, add };
  };
  let targets = f.targets;
  let own = agents;
  // "X and Y met": the sides of a symmetric event are its conjoined subjects
  if (f.rule.symmetric && targets.length === 0 && own.length > 1) {
    targets = own.slice(1);
    own = own.slice(0, 1);
  }
  const agentIds = new Set(own.map((a) => a.entityId));
  targets = targets.filter((t) => !agentIds.has(t.entityId));
  const sets: EventRole[][] = [];
  for (const target of targets.length ? targets : [undefined]) {
    const { roles, add } = base();
    for (const a of own) add('agent', a.entityId);
    add('target', target?.entityId);
    for (const b of f.beneficiaries) add(b.cls.type === 'State' ? 'beneficiary_nationality' : 'beneficiary', b.entityId);
    add('requester', f.requester?.entityId);
    if (statement?.speakerId) add('announcer', statement.speakerId);
    // a side coded to the same state as the other is no event between two parties
    const a = roles.filter((r) => r.role === 'agent').map((r) => r.entityId);
    if (roles.some((r) => r.role === 'target' && a.includes(r.entityId))) continue;
    sets.push(roles);
  }
  return sets;
}
