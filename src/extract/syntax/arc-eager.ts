/** Arc-eager transitions (Nivre 2003) without an explicit root: words left without a head are roots. */
export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const MOVES = 4;

/** A parser configuration over words 0..n-1: a stack, the buffer [b, n), the arcs so far. */
export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  /** Head of each word, -2 while it has none (a word still without one at the end is a root). */
  readonly heads: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n);
    this.heads = new Int32Array(n).fill(-2);
    this.left1 = new Int32Array(n).fill(-1);
    this.left2 = new Int32Array(n).fill(-1);
    this.right1 = new Int32Array(n).fill(-1);
    this.right2 = new Int32Array(n).fill(-1);
    this.nLeft = new Int32Array(n);
    this.nRight = new Int32Array(n);
  }

  /** Becomes a copy of `o` (same length), without allocating: beam search reuses its states. */
  copyFrom(o: ParseState): void {
    this.stack.set(o.stack);
    this.sp = o.sp;
    this.b = o.b;
    this.heads.set(o.heads);
    this.left1.set(o.left1);
    this.left2.set(o.left2);
    this.right1.set(o.right1);
    this.right2.set(o.right2);
    this.nLeft.set(o.nLeft);
    this.nRight.set(o.nRight);
  }

  get done(): boolean {
    return this.b >= this.n;
  }

  /** The i-th word from the top of the stack, or -1. */
  s(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i] : -1;
  }

  /** The i-th word of the buffer, or -1. */
  q(i: number): number {
    return this.b + i < this.n ? this.b + i : -1;
  }

  valid(move: number): boolean {
    if (this.b >= this.n) return false;
    if (move === SHIFT) return true;
    if (this.sp === 0) return false;
    const s0 = this.stack[this.sp - 1];
    if (move === REDUCE) return this.heads[s0] !== -2;
    if (move === LEFT) return this.heads[s0] === -2;
    return true;
  }

  private attach(head: number, dep: number): void {
    this.heads[dep] = head;
    if (dep < head) {
      if (this.left1[head] === -1 || dep < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dep;
      } else if (this.left2[head] === -1 || dep < this.left2[head]) this.left2[head] = dep;
      this.nLeft[head]++;
    } else {
      if (dep > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dep;
      } else if (dep > this.right2[head]) this.right2[head] = dep;
      this.nRight[head]++;
    }
  }

  apply(move: number): void {
    const b0 = this.b;
    if (move === SHIFT) {
      this.stack[this.sp++] = b0;
      this.b++;
    } else if (move === REDUCE) this.sp--;
    else if (move === LEFT) this.attach(b0, this.stack[--this.sp]);
    else {
      this.attach(this.stack[this.sp - 1], b0);
      this.stack[this.sp++] = b0;
      this.b++;
    }
  }

  // Dynamic-oracle costs (Goldberg & Nivre 2012): how many gold arcs each move makes unreachable.
  // `gold[i]` is the gold head of word i, -1 for a root.
  /** Gold arcs lost by `move` in this state. */
  cost(move: number, gold: Int32Array): number {
    const b0 = this.b;
    const s0 = this.sp > 0 ? this.stack[this.sp - 1] : -1;
    const inStack = (k: number) => {
      for (let i = 0; i < this.sp; i++) if (this.stack[i] === k) return true;
      return false;
    };
    let c = 0;
    if (move === SHIFT) {
      for (let i = 0; i < this.sp; i++) {
        const k = this.stack[i];
        if (gold[k] === b0 && this.heads[k] === -2) c++;
      }
      if (gold[b0] >= 0 && gold[b0] < b0 && inStack(gold[b0])) c++;
    } else if (move === RIGHT) {
      for (let i = 0; i < this.sp; i++) {
        const k = this.stack[i];
        if (gold[k] === b0 && this.heads[k] === -2) c++;
      }
      const h = gold[b0];
      if (h !== s0 && (h < 0 || h > b0 || inStack(h))) c++;
    } else if (move === LEFT) {
      for (let k = b0; k < this.n; k++) if (gold[k] === s0) c++;
      const h = gold[s0];
      if (h !== b0 && (h < 0 || h > b0)) c++;
    } else {
      for (let k = b0; k < this.n; k++) if (gold[k] === s0) c++;
    }
    return c;
  }

  /** Heads with roots as -1 once parsing is over. */
  finalHeads(): Int32Array {
    return this.heads.map((h) => (h === -2 ? -1 : h));
  }
}
