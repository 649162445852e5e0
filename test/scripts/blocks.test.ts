/**
 * Block planning and selection (properties): blocks partition a version's rows, the index describes each block
 * truthfully, and selecting blocks by a filter never loses a row the filter matches.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods } from "../../schemas";
import { planBlocks } from "../../scripts/build/blocks";
import type { Row } from "../../scripts/lib/read-data";
import { filterRows, type Selection } from "../../worker/lib/filter";
import { selectBlocks } from "../../worker/storage/manifest";

const REGIONS = ["CN", "CN-AH", "CN-BJ", "CN-GD", "CN-SH", "USA", "WLD"];
const PERIODS = ["2019", "2020", "2020-06", "2020-Q3", "2021", "2021-H1", "2022"];
const MEASURES = ["a", "b", "c"];

/** Rows in canonical order (region, measure, period), as the build stores them. */
const rowsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REGIONS), fc.constantFrom(...MEASURES), fc.constantFrom(...PERIODS)), {
    selector: (t) => t.join("|"),
    maxLength: 120,
  })
  .map((tuples) =>
    tuples
      .sort(([r1, m1, p1], [r2, m2, p2]) => r1.localeCompare(r2) || m1.localeCompare(m2) || comparePeriods(p1, p2))
      .map(([region, measure, period], i): Row => ({ region, measure, period, value: i })),
  );

const selectionArb: fc.Arbitrary<Selection> = fc.record(
  {
    regions: fc.subarray(REGIONS).map((l) => new Set(l)),
    measures: fc.subarray(MEASURES).map((l) => new Set(l)),
    from: fc.integer({ min: 2019 * 12, max: 2022 * 12 + 11 }),
    to: fc.integer({ min: 2019 * 12, max: 2022 * 12 + 11 }),
  },
  { requiredKeys: [] },
);

describe("planBlocks", () => {
  it("should keep one block for a small version", () => {
    const { partition, blocks } = planBlocks([{ region: "CN", period: "2020", measure: "a", value: 1 }], 10);
    expect(partition).toBe("none");
    expect(blocks).toHaveLength(1);
  });

  it("should partition the rows, keep each region in one block, and describe blocks truthfully", () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 30 }), (rows, target) => {
        const { partition, blocks } = planBlocks(rows, target);
        const all = blocks.flatMap((b) => b.rows);
        if (partition === "period") expect([...all].sort((a, b) => Number(a.value) - Number(b.value))).toEqual(rows);
        else expect(all).toEqual(rows);
        if (partition === "region") {
          const homes = new Map<string, number>();
          blocks.forEach((b, i) => {
            for (const r of b.info.regions) {
              expect(homes.has(r)).toBe(false);
              homes.set(r, i);
            }
          });
        }
        for (const b of blocks) {
          expect(b.info.rows).toBe(b.rows.length);
          for (const row of b.rows) {
            expect(b.info.regions).toContain(row.region);
            expect(b.info.measures).toContain(row.measure);
          }
        }
      }),
    );
  });

  it("should never drop a row that a selection matches when reading only the selected blocks", () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 30 }), selectionArb, (rows, target, selection) => {
        const { blocks } = planBlocks(rows, target);
        const manifest = {
          partition: "region" as const,
          rows: rows.length,
          csv: { hash: "", bytes: 0 },
          blocks: blocks.map((b) => b.info),
        };
        const chosen = new Set(selectBlocks(manifest, selection).map((b) => b.key));
        const read = blocks.filter((b) => chosen.has(b.info.key)).flatMap((b) => b.rows);
        const byValue = (list: Row[]) => list.map((r) => r.value).sort();
        expect(byValue(filterRows(read, selection))).toEqual(byValue(filterRows(rows, selection)));
      }),
    );
  });
});
