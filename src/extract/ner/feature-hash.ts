// FNV-1a over UTF-16 code units, fed piece by piece so a feature such as "lower[-1]|lower[0]" is
// hashed without building its string: tagging allocates no feature strings at all.

/** Starts a feature hash for template number `template`. */
export function hashStart(template: number): number {
  return Math.imul(0x811c9dc5 ^ template, 16777619);
}

/** Adds the code units of `s` (or of s[from, to)) to hash `h`. */
export function hashStr(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  // A separator keeps ("ab","c") apart from ("a","bc").
  return Math.imul(h ^ 0x1f, 16777619);
}

/** Adds a small integer to hash `h`. */
export function hashInt(h: number, n: number): number {
  return Math.imul(h ^ (n + 0x100), 16777619);
}

/** Final mix; never returns 0, which the weight table keeps for "empty". */
export function hashEnd(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h >>> 0;
}
