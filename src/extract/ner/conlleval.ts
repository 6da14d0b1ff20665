// Entity-level scoring as the CoNLL shared task's conlleval.pl counts it: a chunk starts and ends by
// the same tag-pair rules as the Perl script, so IOB1 (I- opens a chunk after O) and IOB2 input both
// score exactly as conlleval would. A predicted chunk is correct only with the same type, start and end.

/** Precision, recall and F1 (percent) with the counts behind them. */
export interface ChunkScore {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  guessed: number;
  gold: number;
}

/** Overall and per-type scores. */
export interface ConllevalResult {
  overall: ChunkScore;
  byType: Record<string, ChunkScore>;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const m = /^([BIESO])-(.+)$/.exec(tag);
  return m ? [m[1], m[2]] : ['I', tag];
}

function endOfChunk(prev: string, tag: string, prevType: string, type: string): boolean {
  if (prev === 'E' || prev === 'S') return true;
  if ((prev === 'B' || prev === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prev !== 'O' && prevType !== type;
}

function startOfChunk(prev: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((prev === 'E' || prev === 'S' || prev === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && prevType !== type;
}

/** Chunks of one sentence as "start:end:type" keys (end exclusive). */
export function chunksOf(tags: string[]): string[] {
  const chunks: string[] = [];
  let prev = 'O';
  let prevType = '';
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? split(tags[i]) : ['O', ''];
    if (start >= 0 && endOfChunk(prev, tag, prevType, type)) {
      chunks.push(`${start}:${i}:${prevType}`);
      start = -1;
    }
    if (startOfChunk(prev, tag, prevType, type)) start = i;
    prev = tag;
    prevType = type;
  }
  return chunks;
}

function score(correct: number, guessed: number, gold: number): ChunkScore {
  const precision = guessed ? (100 * correct) / guessed : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, guessed, gold };
}

/** Scores predicted against gold tag sequences, sentence by sentence. */
export function conlleval(gold: string[][], predicted: string[][]): ConllevalResult {
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2) => {
    const c = counts.get(type) ?? [0, 0, 0];
    c[k]++;
    counts.set(type, c);
  };
  gold.forEach((goldTags, s) => {
    const g = chunksOf(goldTags);
    const p = chunksOf(predicted[s]);
    const goldSet = new Set(g);
    for (const c of g) bump(c.split(':')[2], 2);
    for (const c of p) {
      const type = c.split(':')[2];
      bump(type, 1);
      if (goldSet.has(c)) bump(type, 0);
    }
  });
  const byType: Record<string, ChunkScore> = {};
  let [tc, tg, tr] = [0, 0, 0];
  for (const type of [...counts.keys()].sort()) {
    const [c, g, r] = counts.get(type)!;
    byType[type] = score(c, g, r);
    tc += c;
    tg += g;
    tr += r;
  }
  return { overall: score(tc, tg, tr), byType };
}
