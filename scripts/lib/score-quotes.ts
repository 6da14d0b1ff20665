import type { ArticleGraph, Span, Statement } from '../../src/model/index.js';
import { fragmentsText, type BratAttribution } from './brat.js';
import { greedyMatch } from './greedy-match.js';
import { isDirectQuote } from './quote-marks.js';
import { entityLookup } from './entity-lookup.js';
import { isSpeechCue } from './speech-cues.js';
import { overlapLength, overlapRatio, overlapsAtAll, overlapsEnough, spanSetLength, type SpanSet } from './spans.js';

/** A gold attribution with the flags the views filter on. */
export interface QuoteGold {
  id: string;
  content: readonly Span[];
  source: readonly Span[] | null;
  cueText: string | null;
  speech: boolean;
  direct: boolean;
}

/** Turns parsed .ann attributions into gold items (speech = cue is a verb of saying, direct = quoted). */
export function toQuoteGold(text: string, attributions: readonly BratAttribution[]): QuoteGold[] {
  return attributions.map((a) => {
    const cueText = a.cue ? fragmentsText(text, a.cue.fragments) : null;
    return {
      id: a.id,
      content: a.content.fragments,
      source: a.source?.fragments ?? null,
      cueText,
      speech: cueText !== null && isSpeechCue(cueText),
      direct: isDirectQuote(text, a.content.fragments),
    };
  });
}

/** A subset of the gold (and of the predictions) that gets its own P/R/F1 row. */
export interface QuoteView {
  name: string;
  gold: (g: QuoteGold) => boolean;
  prediction: (p: Statement) => boolean;
}

/**
 * How much two contents must overlap to be the same statement. `lenient`: half of the shorter span
 * (a quote with or without its "he said" still matches). `strict`: half of the longer span, so a
 * prediction that covers only a piece of a long gold content (or swallows a sentence around a short
 * one) does not count; this is the figure the issue reports for PolNeAR.
 */
export type MatchRule = 'lenient' | 'strict';

/** Overlap as a share of the longer set (0..1). */
export function overlapOfLonger(a: SpanSet, b: SpanSet): number {
  const longer = Math.max(spanSetLength(a), spanSetLength(b));
  return longer === 0 ? 0 : overlapLength(a, b) / longer;
}

/** The strict view: every attribution, whatever its cue (verbs of saying, beliefs, "according to", nouns). */
export const STRICT_VIEWS: readonly QuoteView[] = [
  { name: 'all attributions', gold: () => true, prediction: () => true },
  { name: 'direct quotes, all cues', gold: (g) => g.direct, prediction: (p) => p.kind === 'direct' },
];

export const QUOTE_VIEWS: readonly QuoteView[] = [
  { name: 'all attributions', gold: () => true, prediction: () => true },
  { name: 'speech cues (default)', gold: (g) => g.speech, prediction: () => true },
  { name: 'direct quotes, speech cues', gold: (g) => g.speech && g.direct, prediction: (p) => p.kind === 'direct' },
  { name: 'direct quotes, all cues', gold: (g) => g.direct, prediction: (p) => p.kind === 'direct' },
];

/** Tallies of one view; precision and recall count matches from their own side (see scoreQuotes). */
export interface ViewTally {
  predMatched: number;
  predUnmatched: number;
  goldMatched: number;
  goldUnmatched: number;
  speakerCorrect: number;
  /** Matched gold items that have a Source span. */
  speakerJudged: number;
}

export const emptyTally = (): ViewTally => ({
  predMatched: 0, predUnmatched: 0, goldMatched: 0, goldUnmatched: 0, speakerCorrect: 0, speakerJudged: 0,
});

export function addTally(a: ViewTally, b: ViewTally): ViewTally {
  for (const k of Object.keys(a) as Array<keyof ViewTally>) a[k] += b[k];
  return a;
}

/**
 * Scores one article. Predictions are matched one-to-one (greedy, overlap >= 1/2 of the shorter) to
 * the whole gold once; each view then counts:
 * - recall: gold items of the view matched by any prediction (a direct quote found but labelled
 *   "indirect" is still found);
 * - precision: predictions of the view matched to gold of the view, against predictions of the view
 *   matched to nothing. A prediction matched to gold outside the view (a belief such as "X wants Y"
 *   in the speech view) is neither right nor wrong there.
 * A prediction left over that covers another fragment of an already matched discontinuous gold
 * (`“...,” said X. “...”` annotated as one attribution, predicted as two) is not a false positive.
 * Speaker: correct when the predicted speakerSpan, or any mention of the predicted speaker entity,
 * overlaps the gold Source; judged only where the gold has a Source.
 */
export function scoreQuotes(graph: ArticleGraph, gold: readonly QuoteGold[], views = QUOTE_VIEWS, rule: MatchRule = 'lenient'): ViewTally[] {
  const preds = graph.statements;
  const entity = entityLookup(graph);
  const m = greedyMatch(preds, gold, (p, g) => {
    if (rule === 'lenient') return overlapsEnough([p], g.content) ? overlapRatio([p], g.content) : null;
    const r = overlapOfLonger([p], g.content);
    return r > 0 && r >= 0.5 ? r : null;
  });
  const goldOf = new Map(m.pairs.map(([pi, gi]) => [pi, gi]));
  const predOf = new Map(m.pairs.map(([pi, gi]) => [gi, pi]));
  const split = new Set(
    m.unmatchedPredictions.filter((pi) =>
      [...predOf.keys()].some((gi) => gold[gi].content.length > 1 && overlapsEnough([preds[pi]], gold[gi].content)),
    ),
  );
  const speakerRight = (p: Statement, source: readonly Span[]) =>
    (p.speakerSpan !== null && overlapsAtAll([p.speakerSpan], source)) ||
    (p.speakerId !== null && entity(p.speakerId).mentions.some((x) => overlapsAtAll([x], source)));

  return views.map((view) => {
    const t = emptyTally();
    preds.forEach((p, pi) => {
      if (!view.prediction(p) || split.has(pi)) return;
      const gi = goldOf.get(pi);
      if (gi === undefined) t.predUnmatched++;
      else if (view.gold(gold[gi])) t.predMatched++;
    });
    gold.forEach((g, gi) => {
      if (!view.gold(g)) return;
      const pi = predOf.get(gi);
      if (pi === undefined) return void t.goldUnmatched++;
      t.goldMatched++;
      if (g.source) {
        t.speakerJudged++;
        if (speakerRight(preds[pi], g.source)) t.speakerCorrect++;
      }
    });
    return t;
  });
}
