import type { ArticleGraph, Entity, Span } from '../../src/model/index.js';
import { entityLookup } from './entity-lookup.js';
import { GoldRelationType, type FactsFixture } from './facts-fixture.js';
import { greedyMatch } from './greedy-match.js';
import { entityMatchesName, speakerMatches } from './name-match.js';
import type { Counts } from './prf.js';
import { overlapLength, overlapRatio, spanSetLength } from './spans.js';

/** Counts of one category in one article, with readable lines for --verbose. */
export interface CategoryScore {
  counts: Counts;
  misses: string[];
  falsePositives: string[];
}

/** A gold statement whose content has been located in the body. */
export interface LocatedStatement {
  speaker: string;
  content: string;
  span: Span;
}

/**
 * How much two content spans must share: `longer` = half of the longer span (strict, PolNeAR's
 * rule: a prediction that swallows two sentences around a short quote does not match it);
 * `shorter` = half of the shorter span (lenient: a content cut with or without its "he said"
 * clause still matches).
 */
export type OverlapRule = 'longer' | 'shorter';

/** Share of the yardstick span that two spans have in common, null below one half. */
export function contentOverlap(a: Span, b: Span, rule: OverlapRule): number | null {
  const shared = overlapLength([a], [b]);
  if (shared === 0) return null;
  if (rule === 'shorter') {
    const r = overlapRatio([a], [b]);
    return r >= 0.5 ? r : null;
  }
  const r = shared / Math.max(spanSetLength([a]), spanSetLength([b]));
  return r >= 0.5 ? r : null;
}

const clip = (s: string, n = 90) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function score(matchedPairs: number, predicted: number, gold: number): Counts {
  return { tp: matchedPairs, fp: predicted - matchedPairs, fn: gold - matchedPairs };
}

/** Statement scores: `wrongSpeaker` = content-only matches whose predicted speaker is not the gold one. */
export interface StatementScore extends CategoryScore {
  contentOnly: Counts;
  wrongSpeaker: number;
}

/**
 * Statements: content spans overlap by at least half of the yardstick span (`rule`, default the
 * shorter) AND the speaker matches (`speakerMatches`). `contentOnly` counts the same matching
 * without the speaker test, to tell quote-finding errors from attribution errors.
 */
export function scoreStatements(graph: ArticleGraph, gold: readonly LocatedStatement[], rule: OverlapRule = 'shorter'): StatementScore {
  const entity = entityLookup(graph);
  const preds = graph.statements;
  const contentScore = (p: (typeof preds)[number], g: LocatedStatement) => contentOverlap(p, g.span, rule);
  const speakerOk = (p: (typeof preds)[number], g: LocatedStatement) => p.speakerId !== null && speakerMatches(entity(p.speakerId), g.speaker);
  const full = greedyMatch(preds, gold, (p, g) => (speakerOk(p, g) ? contentScore(p, g) : null));
  const contentOnly = greedyMatch(preds, gold, contentScore);
  const wrongSpeaker = contentOnly.pairs.filter(([pi, gi]) => !speakerOk(preds[pi], gold[gi])).length;
  const speakerOf = (p: (typeof preds)[number]) => (p.speakerId ? entity(p.speakerId).name : '(no speaker)');
  const misses = full.unmatchedGold.map((gi) => {
    const g = gold[gi];
    const near = preds.find((p) => contentScore(p, g) !== null);
    const why = near ? ` — content found, speaker predicted: ${speakerOf(near)}` : '';
    return `[${g.speaker}] "${clip(g.content)}"${why}`;
  });
  const falsePositives = full.unmatchedPredictions.map((pi) => `[${speakerOf(preds[pi])}] "${clip(preds[pi].text)}"`);
  return {
    counts: score(full.pairs.length, preds.length, gold.length),
    contentOnly: score(contentOnly.pairs.length, preds.length, gold.length),
    wrongSpeaker,
    misses,
    falsePositives,
  };
}

/** Unordered pairs of party entities over all negotiations, each pair once. */
export function predictedPairs(graph: ArticleGraph): Array<[Entity, Entity]> {
  const entity = entityLookup(graph);
  const seen = new Map<string, [Entity, Entity]>();
  for (const n of graph.negotiations) {
    const ids = [...new Set(n.partyIds)];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i], ids[j]].sort();
        seen.set(`${a}\u0000${b}`, [entity(a), entity(b)]);
      }
  }
  return [...seen.values()];
}

/** Negotiation party pairs: unordered, matched by name/alias equality (`entityMatchesName`). */
export function scorePairs(graph: ArticleGraph, gold: FactsFixture['negotiationPairs']): CategoryScore {
  const preds = predictedPairs(graph);
  const m = greedyMatch(preds, gold, ([a, b], [x, y]) =>
    (entityMatchesName(a, x) && entityMatchesName(b, y)) || (entityMatchesName(a, y) && entityMatchesName(b, x)) ? 1 : null,
  );
  return {
    counts: score(m.pairs.length, preds.length, gold.length),
    misses: m.unmatchedGold.map((gi) => `${gold[gi][0]} <-> ${gold[gi][1]}`),
    falsePositives: m.unmatchedPredictions.map((pi) => `${preds[pi][0].name} <-> ${preds[pi][1].name}`),
  };
}

// For these types the agent/target split is arbitrary ("X met Y" = "Y met X"), so a gold agent may
// match a predicted target and vice versa.
const SYMMETRIC_EVENT_TYPES = new Set(['meeting', 'agreement_signed', 'prisoner_exchange']);

/**
 * Events: same type and the gold agent or target matches an entity in that role; with
 * `allParticipants`, every participant the gold names must match (the strict view: "Britain visited
 * Iran" told as "Mr Straw visited Iran" is half an event).
 */
export function scoreEvents(graph: ArticleGraph, gold: FactsFixture['events'], allParticipants = false): CategoryScore {
  const entity = entityLookup(graph);
  const rolesOf = (e: ArticleGraph['events'][number], role: string) =>
    e.roles.filter((r) => r.role === role).map((r) => entity(r.entityId));
  const m = greedyMatch(graph.events, gold, (p, g) => {
    if (p.type !== g.type) return null;
    const agents = rolesOf(p, 'agent');
    const targets = rolesOf(p, 'target');
    const either = SYMMETRIC_EVENT_TYPES.has(g.type) ? [...agents, ...targets] : null;
    const hit = (name: string | null, pool: Entity[]) => name !== null && pool.some((e) => entityMatchesName(e, name));
    const n = Number(hit(g.agent, either ?? agents)) + Number(hit(g.target, either ?? targets));
    const named = Number(g.agent !== null) + Number(g.target !== null);
    return n > 0 && (!allParticipants || n === named) ? n : null;
  });
  const describe = (type: string, agent: string | null, target: string | null, date: string | null) =>
    `${type}: ${agent ?? '?'} -> ${target ?? '?'} (${date ?? 'no date'})`;
  return {
    counts: score(m.pairs.length, graph.events.length, gold.length),
    misses: m.unmatchedGold.map((gi) => describe(gold[gi].type, gold[gi].agent, gold[gi].target, gold[gi].date)),
    falsePositives: m.unmatchedPredictions.map((pi) => {
      const e = graph.events[pi];
      const names = (role: string) => rolesOf(e, role).map((x) => x.name).join('+') || null;
      return describe(e.type, names('agent'), names('target'), e.date);
    }),
  };
}

// The gold annotates these types only; CITIZEN_OF is the extractor's and has no gold to be judged by.
const GOLD_RELATION_TYPES = new Set<string>(GoldRelationType.options);
// "X is the wife of Y" = "Y is the husband of X".
const SYMMETRIC_RELATION_TYPES = new Set(['SPOUSE_OF']);

/**
 * Relations: same type, the predicted person matches the gold person and the predicted `of` entity
 * matches the gold `of`, both by the speaker rule (a name, alias or capitalised mention equals or
 * contains the gold name; a person's last name is enough). `role` is not scored.
 */
export function scoreRelations(graph: ArticleGraph, gold: FactsFixture['relations']): CategoryScore {
  const entity = entityLookup(graph);
  const preds = graph.relations.filter((r) => GOLD_RELATION_TYPES.has(r.type));
  const m = greedyMatch(preds, gold, (p, g) => {
    if (p.type !== g.type) return null;
    const [from, to] = [entity(p.fromId), entity(p.toId)];
    const straight = speakerMatches(from, g.person) && speakerMatches(to, g.of);
    const swapped = SYMMETRIC_RELATION_TYPES.has(g.type) && speakerMatches(to, g.person) && speakerMatches(from, g.of);
    return straight || swapped ? 1 : null;
  });
  const describe = (person: string, type: string, of: string) => `${person} ${type} ${of}`;
  return {
    counts: score(m.pairs.length, preds.length, gold.length),
    misses: m.unmatchedGold.map((gi) => describe(gold[gi].person, gold[gi].type, gold[gi].of)),
    falsePositives: m.unmatchedPredictions.map((pi) => describe(entity(preds[pi].fromId).name, preds[pi].type, entity(preds[pi].toId).name)),
  };
}
