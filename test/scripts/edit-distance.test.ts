/**
 * The bounded edit distance behind typo tolerance: known pairs, and as a property the textbook definition computed
 * without bounds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../worker/lib/search/edit-distance";

/** Optimal string alignment distance, unbounded, straight from its definition. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance", () => {
  it("should count insertions, deletions, substitutions and neighbour swaps as one", () => {
    expect(editDistance("penetraton", "penetration", 2)).toBe(1);
    expect(editDistance("internt", "internet", 1)).toBe(1);
    expect(editDistance("gnii", "gini", 1)).toBe(1);
    expect(editDistance("hulainwang", "hulianwang", 2)).toBe(1);
    expect(editDistance("gini", "gini", 0)).toBe(0);
    expect(editDistance("gdp", "population", 2)).toBe(3);
  });

  it("should equal the unbounded distance when within the bound, and exceed the bound otherwise", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 8 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => {
          const exact = reference(a, b);
          const bounded = editDistance(a, b, max);
          return exact <= max ? bounded === exact : bounded > max;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
