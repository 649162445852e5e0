/**
 * @module Bounded edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbouring letters — the commonest typos), for typo tolerance on short words.
 */

/**
 * The optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`.
 * @example editDistance("penetraton", "penetration", 2) // 1
 * @example editDistance("gnii", "gini", 1) // 1 (a swap)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Uint8Array(b.length + 1);
  let row = new Uint8Array(b.length + 1).map((_, j) => j);
  let next = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      next[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, row, next] = [row, next, before];
  }
  return row[b.length] as number;
}
