import type { AveragedWeights, ClassScorer } from './class-weights.js';
import { MOVES, ParseState } from './arc-eager.js';
import { parserFeatures, type ParserInput } from './parser-features.js';

// Beam search over arc-eager transitions with a globally trained model (Zhang & Clark 2008; Zhang &
// Nivre 2011): a greedy parser commits to each move on local evidence; the beam keeps the best
// `width` move sequences, so an early attachment that only looks right can lose to one whose later
// moves score better. The model must be trained for it (trainBeamParse): a locally trained one gains
// little from a beam.

const FEATS = 128;

/** One move sequence in the beam: its state, its score, and (in training) how it got there. */
interface Item {
  st: ParseState;
  score: number;
  /** Features and move of the last step, then the item before (training only). */
  path: Step | null;
  /** Whether this item is the gold sequence (training only). */
  gold: boolean;
}

interface Step {
  feats: Uint32Array;
  move: number;
  prev: Step | null;
}

/** Candidates of one step: parent item, move (-1: a finished item carried over), total score. */
class Candidates {
  parent = new Int32Array(0);
  move = new Int32Array(0);
  score = new Float64Array(0);
  n = 0;

  reset(capacity: number): void {
    if (this.parent.length < capacity) {
      this.parent = new Int32Array(capacity);
      this.move = new Int32Array(capacity);
      this.score = new Float64Array(capacity);
    }
    this.n = 0;
  }

  push(parent: number, move: number, score: number): void {
    this.parent[this.n] = parent;
    this.move[this.n] = move;
    this.score[this.n++] = score;
  }

  /** Indices of the best `k` candidates, best first; ties go to the earlier candidate (deterministic). */
  best(k: number): number[] {
    const picked: number[] = [];
    const used = new Uint8Array(this.n);
    for (let r = 0; r < k && r < this.n; r++) {
      let b = -1;
      for (let c = 0; c < this.n; c++) if (!used[c] && (b < 0 || this.score[c] > this.score[b])) b = c;
      used[b] = 1;
      picked.push(b);
    }
    return picked;
  }
}

/** Runs the beam to the end; `onStep` sees each new beam (training uses it to find the worst violation). */
function search(scorer: ClassScorer, x: ParserInput, width: number, train: { goldMoves?: (it: Item, scores: Float64Array) => number; onStep?: (beam: Item[]) => void } = {}): Item[] {
  const n = x.tags.length;
  const pool = Array.from({ length: 2 * width }, () => new ParseState(n));
  let beam: Item[] = [{ st: pool[0], score: 0, path: null, gold: true }];
  let spare = pool.slice(1);
  const feats = new Uint32Array(FEATS);
  const scores = new Float64Array(MOVES);
  const cands = new Candidates();
  const stepFeats: (Uint32Array | null)[] = [];
  const goldMove = new Int32Array(width);
  while (!beam.every((it) => it.st.done)) {
    cands.reset(beam.length * MOVES);
    stepFeats.length = 0;
    beam.forEach((it, i) => {
      const st = it.st;
      stepFeats.push(null);
      if (st.done) {
        cands.push(i, -1, it.score);
        return;
      }
      const k = parserFeatures(x, st, feats);
      scores.fill(0);
      scorer.score(feats, k, scores);
      if (train.goldMoves) {
        stepFeats[i] = feats.slice(0, k);
        goldMove[i] = it.gold ? train.goldMoves(it, scores) : -1;
      }
      for (let m = 0; m < MOVES; m++) if (st.valid(m)) cands.push(i, m, it.score + scores[m]);
    });
    const next: Item[] = [];
    const free = spare;
    spare = [];
    for (const c of cands.best(width)) {
      const parent = beam[cands.parent[c]];
      const m = cands.move[c];
      const st = free.pop()!;
      st.copyFrom(parent.st);
      if (m >= 0) st.apply(m);
      const path = train.goldMoves && m >= 0 ? { feats: stepFeats[cands.parent[c]]!, move: m, prev: parent.path } : parent.path;
      next.push({ st, score: cands.score[c], path, gold: parent.gold && (m < 0 || m === goldMove[cands.parent[c]]) });
    }
    for (const it of beam) spare.push(it.st);
    spare.push(...free);
    beam = next;
    train.onStep?.(beam);
  }
  return beam;
}

/** Beam-search arc-eager parse: the head of each word, -1 for roots. */
export function beamParseHeads(scorer: ClassScorer, x: ParserInput, width: number): Int32Array {
  return search(scorer, x, width)[0].st.finalHeads();
}

/**
 * One training pass over a sentence: beam search beside the gold sequence, then one perceptron update
 * at the step where the best item beat the gold one by the most (max-violation, Huang et al. 2012).
 * The gold sequence is latent: at each step it takes the move the model prefers among those that
 * lose no gold arc (the dynamic oracle's costs). Returns whether the gold sequence stayed best.
 */
export function trainBeamParse(model: AveragedWeights, x: ParserInput, gold: Int32Array, width: number): boolean {
  const n = gold.length;
  const goldState = new ParseState(n);
  let goldScore = 0;
  let goldPath: Step | null = null;
  const feats = new Uint32Array(FEATS);
  const scores = new Float64Array(MOVES);
  const costs = new Int32Array(MOVES);
  const chooseGold = (st: ParseState, s: Float64Array) => {
    let best = Infinity;
    for (let m = 0; m < MOVES; m++) {
      costs[m] = st.valid(m) ? st.cost(m, gold) : 1 << 20;
      best = Math.min(best, costs[m]);
    }
    let g = -1;
    for (let m = 0; m < MOVES; m++) if (costs[m] === best && (g < 0 || s[m] > s[g])) g = m;
    return g;
  };
  // A tie counts as a violation: with all weights at zero every move ties, and the first must teach.
  const worst = { by: -Infinity, pred: null as Step | null, gold: null as Step | null };
  search(model, x, width, {
    goldMoves: (it, s) => chooseGold(it.st, s),
    onStep: (beam) => {
      // the gold sequence advances in step with the beam, scored by the same weights
      if (!goldState.done) {
        const k = parserFeatures(x, goldState, feats);
        scores.fill(0);
        model.score(feats, k, scores);
        const m = chooseGold(goldState, scores);
        goldScore += scores[m];
        goldPath = { feats: feats.slice(0, k), move: m, prev: goldPath };
        goldState.apply(m);
      }
      const top = beam[0];
      if (!top.gold && top.score - goldScore > worst.by) {
        worst.by = top.score - goldScore;
        worst.pred = top.path;
        worst.gold = goldPath;
      }
    },
  });
  model.step++;
  if (worst.by < 0) return true;
  for (let p = worst.gold; p; p = p.prev) model.add(p.feats, p.feats.length, p.move, 1);
  for (let p: Step | null = worst.pred; p; p = p.prev) model.add(p.feats, p.feats.length, p.move, -1);
  return false;
}
