import type { ArticleGraph, Entity, Span } from '../../src/model/index.js';
import { entityLookup } from './entity-lookup.js';
import type { FactsFixture } from './facts-fixture.js';
import { greedyMatch } from './greedy-match.js';
import { entityMatchesName, speakerMatches } from './name-match.js';
import type { Counts } from './prf.js';
import { overlapRatio, overlapsEnough } from './spans.js';

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

const clip = (s: string, n = 90) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function score(matchedPairs: number, predicted: number, gold: number): Counts {
  return { tp: matchedPairs, fp: predicted - matchedPairs, fn: gold - matchedPairs };
}

/**
 * Statements: content spans overlap by at least half of the shorter AND the speaker matches
 * (`speakerMatches`). `contentOnly` counts the same matching without the speaker test, to tell
 * quote-finding errors from attribution errors.
 */
export function scoreStatements(graph: ArticleGraph, gold: readonly LocatedStatement[]): CategoryScore & { contentOnly: Counts } {
  const entity = entityLookup(graph);
  const preds = graph.statements;
  const contentScore = (p: (typeof preds)[number], g: LocatedStatement) =>
    overlapsEnough([p], [g.span]) ? overlapRatio([p], [g.span]) : null;
  const full = greedyMatch(preds, gold, (p, g) =>
    p.speakerId !== null && speakerMatches(entity(p.speakerId), g.speaker) ? contentScore(p, g) : null,
  );
  const contentOnly = greedyMatch(preds, gold, contentScore);
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

/** Events: same type and the gold agent or target matches an entity in that role. */
export function scoreEvents(graph: ArticleGraph, gold: FactsFixture['events']): CategoryScore {
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
    return n > 0 ? n : null;
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
