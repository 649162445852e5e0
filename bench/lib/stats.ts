/**
 * @module Order statistics for timing samples: medians and tail percentiles, never means of noisy samples.
 */

/** The q-quantile (0..1) of `samples` by the nearest-rank method; NaN for an empty list. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** The median of `samples`. */
export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Arithmetic mean (used only where a total is divided by a count, e.g. batch timings). */
export const mean = (samples: readonly number[]): number =>
  samples.length === 0 ? Number.NaN : samples.reduce((s, x) => s + x, 0) / samples.length;
