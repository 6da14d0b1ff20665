import { argmax, type AveragedWeights, type ClassScorer } from './class-weights.js';
import { MOVES, ParseState } from './arc-eager.js';
import { parserFeatures, type ParserInput } from './parser-features.js';

/** Greedy arc-eager parse: the head of each word, -1 for roots. */
export function parseHeads(scorer: ClassScorer, x: ParserInput): Int32Array {
  const n = x.tags.length;
  const st = new ParseState(n);
  const feats = new Uint32Array(128);
  const scores = new Float64Array(MOVES);
  const valid = (m: number) => st.valid(m);
  while (!st.done) {
    const k = parserFeatures(x, st, feats);
    scores.fill(0);
    scorer.score(feats, k, scores);
    st.apply(argmax(scores, MOVES, valid));
  }
  return st.finalHeads();
}

/**
 * One training pass over a sentence with the dynamic oracle: update toward the best zero-cost move
 * whenever the model prefers a costly one, and (when `explore` says so) follow the model's own
 * mistake so it learns to recover from it (Goldberg & Nivre 2012). Returns [correct, total] moves.
 */
export function trainParse(model: AveragedWeights, x: ParserInput, gold: Int32Array, explore: () => boolean): [number, number] {
  const st = new ParseState(gold.length);
  const feats = new Uint32Array(128);
  const scores = new Float64Array(MOVES);
  const costs = new Int32Array(MOVES);
  let right = 0;
  let total = 0;
  while (!st.done) {
    const k = parserFeatures(x, st, feats);
    scores.fill(0);
    model.score(feats, k, scores);
    let best = Infinity;
    for (let m = 0; m < MOVES; m++) {
      costs[m] = st.valid(m) ? st.cost(m, gold) : 1 << 20;
      best = Math.min(best, costs[m]);
    }
    const guess = argmax(scores, MOVES, (m) => st.valid(m));
    const goldMove = argmax(scores, MOVES, (m) => costs[m] === best);
    total++;
    if (costs[guess] === best) right++;
    else model.update(feats, k, goldMove, guess);
    model.step++;
    st.apply(costs[guess] === best || explore() ? guess : goldMove);
  }
  return [right, total];
}
