/**
 * @module Bounded Levenshtein distance, for typo tolerance on short words.
 */

/**
 * The Levenshtein distance between `a` and `b`, or `max + 1` as soon as it must exceed `max` (cheap rejection).
 * @example editDistance("penetraton", "penetration", 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = new Uint8Array(b.length + 1).map((_, j) => j);
  let next = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      next[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [row, next] = [next, row];
  }
  return row[b.length] as number;
}
