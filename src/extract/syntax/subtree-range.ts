/** First and last word of the subtree under `root`, following only the children `keep` accepts. */
export function subtreeRange(kids: number[][], root: number, keep: (child: number) => boolean = () => true): [number, number] {
  let lo = root;
  let hi = root;
  const stack = [root];
  while (stack.length) {
    const i = stack.pop()!;
    lo = Math.min(lo, i);
    hi = Math.max(hi, i);
    for (const c of kids[i]) if (keep(c)) stack.push(c);
  }
  return [lo, hi];
}
