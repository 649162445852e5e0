/**
 * @module Where each of the 31 provinces sits on the tile grid: one equal square each, placed to keep
 * neighbours roughly next to each other (columns west → east, rows north → south). No border geometry, so no
 * map to approve and nothing to misdraw.
 */

/** Column and row of each province's tile, by ISO 3166-2 code. */
export const TILES: Record<string, readonly [number, number]> = {
  "CN-HL": [7, 0],
  "CN-JL": [7, 1],
  "CN-NM": [4, 2],
  "CN-BJ": [5, 2],
  "CN-TJ": [6, 2],
  "CN-LN": [7, 2],
  "CN-XJ": [1, 3],
  "CN-GS": [2, 3],
  "CN-NX": [3, 3],
  "CN-SX": [4, 3],
  "CN-HE": [5, 3],
  "CN-SD": [6, 3],
  "CN-XZ": [1, 4],
  "CN-QH": [2, 4],
  "CN-SN": [3, 4],
  "CN-HA": [4, 4],
  "CN-AH": [5, 4],
  "CN-JS": [6, 4],
  "CN-SH": [7, 4],
  "CN-SC": [2, 5],
  "CN-CQ": [3, 5],
  "CN-HB": [4, 5],
  "CN-JX": [5, 5],
  "CN-ZJ": [6, 5],
  "CN-YN": [2, 6],
  "CN-GZ": [3, 6],
  "CN-HN": [4, 6],
  "CN-FJ": [5, 6],
  "CN-GX": [3, 7],
  "CN-GD": [4, 7],
  "CN-HI": [3, 8],
};

/** Grid size in tiles. */
export const GRID = { columns: 8, rows: 9 } as const;

/**
 * The tile an arrow key moves to from `from`: the nearest tile in that direction, preferring the same row or
 * column (distance along the key's axis counts once, across it twice).
 */
export function nearestTile(from: string, key: string, codes: readonly string[]): string | undefined {
  const origin = TILES[from];
  const direction = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
  if (!origin || !direction) return undefined;
  let best: string | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const code of codes) {
    const at = TILES[code];
    if (!at || code === from) continue;
    const dx = at[0] - origin[0];
    const dy = at[1] - origin[1];
    const along = dx * (direction[0] ?? 0) + dy * (direction[1] ?? 0);
    if (along <= 0) continue;
    const across = Math.abs(direction[0] ? dy : dx);
    const cost = along + 2 * across;
    if (cost < bestCost) [best, bestCost] = [code, cost];
  }
  return best;
}
