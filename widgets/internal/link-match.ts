/**
 * @module Which drawn item stands for a linked selection (pure; shared by the entry and the views).
 */

/** What a reader selected; each part is optional (a national chart has no province). */
export interface LinkSelection {
  region?: string;
  period?: string;
  measure?: string;
}

/**
 * The index of the candidate that best stands for `selection`: none of its parts may contradict the selection,
 * the more parts agree the better, and among equals the last (the latest period) wins; −1 when none agrees.
 */
export function bestMatch(candidates: readonly (LinkSelection | undefined)[], selection: LinkSelection): number {
  let best = -1;
  let bestScore = 0;
  candidates.forEach((c, i) => {
    if (!c) return;
    let score = 0;
    for (const key of ["region", "period", "measure"] as const) {
      const [want, have] = [selection[key], c[key]];
      if (want === undefined || have === undefined) continue;
      if (want !== have) return;
      score++;
    }
    if (score > 0 && score >= bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** A table row as a candidate: its key is a region; it holds the selected period if one of its cells does. */
export function rowCandidate(row: { key?: string; cells: readonly { value: unknown }[] }, selection: LinkSelection): LinkSelection {
  const period = selection.period !== undefined && row.cells.some((c) => c.value === selection.period) ? selection.period : undefined;
  return { region: row.key, period };
}
