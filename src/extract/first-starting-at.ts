/** Index of the first span starting at or after `offset` in spans sorted by start (binary search). */
export function firstStartingAt(sorted: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
