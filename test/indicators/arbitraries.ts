/**
 * @module fast-check arbitraries for the indicator math: cross-sections of weighted, grouped units.
 */
import fc from "fast-check";
import type { Unit } from "../../worker/lib/math/units";

const GROUPS = ["east", "central", "west", "northeast"];

/** Positive values across several orders of magnitude (like GDP per person across provinces). */
export const positiveValue = fc.double({ min: 0.01, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** A list of 1–40 units with positive values, positive weights and one of four groups. */
export const units = (options: { allowZero?: boolean; minLength?: number } = {}): fc.Arbitrary<Unit[]> =>
  fc
    .array(
      fc.record({
        value: options.allowZero ? fc.oneof(fc.constant(0), positiveValue) : positiveValue,
        weight: fc.double({ min: 0.1, max: 1e4, noNaN: true, noDefaultInfinity: true }),
        group: fc.constantFrom(...GROUPS),
      }),
      { minLength: options.minLength ?? 1, maxLength: 40 },
    )
    .filter((list) => list.some((u) => u.value > 0))
    .map((list) => list.map((u, i) => ({ id: `U${i}`, ...u })));

/** A positive scale factor. */
export const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true, noDefaultInfinity: true });

/** A replication count. */
export const copies = fc.integer({ min: 2, max: 4 });

/** Every unit repeated `k` times (the population replicated). */
export const replicate = (list: readonly Unit[], k: number): Unit[] =>
  Array.from({ length: k }, (_, c) => list.map((u) => ({ ...u, id: `${u.id}-${c}` }))).flat();
