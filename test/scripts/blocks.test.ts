/**
 * Block planning, encoding and selection (properties): blocks partition a version's rows in stored order and
 * stay within their byte bound, the columnar encoding gives back the rows exactly, the index describes each
 * block truthfully, and selecting blocks (and rows within them) by a filter returns exactly the rows the
 * filter matches.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods } from "../../schemas";
import { encodeBlock, planBlocks } from "../../scripts/build/blocks";
import type { Row } from "../../scripts/lib/read-data";
import { filterRows, type Selection } from "../../worker/lib/filter";
import { blockRows, selectRows } from "../../worker/storage/block";
import { decodeManifest, encodeManifest, selectBlocks, type VersionManifest } from "../../worker/storage/manifest";

const REGIONS = ["CN", "CN-AH", "CN-BJ", "CN-GD", "CN-SH", "USA", "WLD"];
const PERIODS = ["2019", "2020", "2020-06", "2020-Q3", "2021", "2021-H1", "2022"];
const MEASURES = ["a", "b", "c"];
const CATEGORIES = [undefined, "x", "y"];

/** Rows in canonical order (region, measure, category, period), as the build stores them. */
const rowsArb = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom(...REGIONS), fc.constantFrom(...MEASURES), fc.constantFrom(...CATEGORIES), fc.constantFrom(...PERIODS)),
    { selector: (t) => t.join("|"), maxLength: 160 },
  )
  .chain((tuples) =>
    fc
      .array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), {
        minLength: tuples.length,
        maxLength: tuples.length,
      })
      .map((values) =>
        tuples
          .sort(
            ([r1, m1, c1, p1], [r2, m2, c2, p2]) =>
              r1.localeCompare(r2, "en") ||
              m1.localeCompare(m2, "en") ||
              (c1 ?? "").localeCompare(c2 ?? "", "en") ||
              comparePeriods(p1, p2),
          )
          .map(
            ([region, measure, category, period], i): Row => ({
              region,
              period,
              measure,
              ...(category ? { category } : {}),
              // JSON has no negative zero (neither had the row blocks before): -0 is stored as 0.
              value: Object.is(values[i], -0) ? 0 : (values[i] as number),
              ...(i % 5 === 0 ? { status: "estimate" } : {}),
            }),
          ),
      ),
  );

const selectionArb: fc.Arbitrary<Selection> = fc.record(
  {
    regions: fc.subarray([...REGIONS, "CN-ZJ"]).map((l) => new Set(l)),
    measures: fc.subarray([...MEASURES, "z"]).map((l) => new Set(l)),
    categories: fc.subarray(["x", "y"]).map((l) => new Set(l)),
    from: fc.integer({ min: 2019 * 12, max: 2022 * 12 + 11 }),
    to: fc.integer({ min: 2019 * 12, max: 2022 * 12 + 11 }),
  },
  { requiredKeys: [] },
);

const COLUMNS = ["region", "period", "measure", "category", "value", "status"];
const bytesArb = fc.integer({ min: 150, max: 3000 });

/** The index the build would write, through its stored form (as the worker reads it). */
function manifestOf(plan: ReturnType<typeof planBlocks>, rows: Row[], blockBytes: number): VersionManifest {
  const manifest: VersionManifest = {
    format: 2,
    partition: plan.partition,
    rows: rows.length,
    csv: { hash: "", bytes: 0 },
    blockBytes,
    regions: plan.regions,
    measures: plan.measures,
    blocks: plan.blocks.map((b) => b.info),
  };
  return decodeManifest(JSON.parse(JSON.stringify(encodeManifest(manifest))));
}

describe("encodeBlock", () => {
  it("should give back every row exactly, absent values absent, keys in the dataset's column order", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const decoded = blockRows(JSON.parse(JSON.stringify(encodeBlock(rows, COLUMNS))));
        expect(decoded).toEqual(rows);
        for (const [i, row] of decoded.entries()) expect(Object.keys(row)).toEqual(Object.keys(rows[i] as Row));
      }),
    );
  });

  it("should keep reference tables' numbers, strings and mixed columns", () => {
    const rows: Row[] = [
      { region: "CN-BJ", name: "北京", rank: 1, code: 110000 },
      { region: "CN-SH", name: "上海", code: "310000" },
    ];
    expect(blockRows(JSON.parse(JSON.stringify(encodeBlock(rows))))).toEqual(rows);
  });
});

describe("planBlocks", () => {
  it("should keep one block for a small version", () => {
    const { partition, blocks } = planBlocks([{ region: "CN", period: "2020", measure: "a", value: 1 }], 1000);
    expect(partition).toBe("none");
    expect(blocks).toHaveLength(1);
  });

  it("should partition the rows in stored order, bound each block's bytes, and describe blocks truthfully", () => {
    fc.assert(
      fc.property(rowsArb, bytesArb, (rows, maxBytes) => {
        const plan = planBlocks(rows, maxBytes, COLUMNS);
        expect(plan.blocks.flatMap((b) => b.rows)).toEqual(rows);
        const manifest = manifestOf(plan, rows, maxBytes);
        for (const [i, b] of plan.blocks.entries()) {
          expect(b.info.bytes).toBe(Buffer.byteLength(b.text));
          if (b.rows.length > 1) expect(b.info.bytes).toBeLessThanOrEqual(maxBytes);
          expect(manifest.blocks[i]).toEqual(b.info);
          expect(blockRows(JSON.parse(b.text))).toEqual(b.rows);
          if (b.rows.length === 0) continue;
          const first = b.rows[0] as Row;
          const last = b.rows.at(-1) as Row;
          expect(plan.regions[b.info.first[0]]).toBe(first.region);
          expect(plan.measures[b.info.first[1]]).toBe(first.measure);
          expect(plan.regions[b.info.last[0]]).toBe(last.region);
          expect(plan.measures[b.info.last[1]]).toBe(last.measure);
        }
      }),
    );
  });

  it("should keep a series that fits in one block in one block", () => {
    const series = (region: string, measure: string) =>
      Array.from({ length: 20 }, (_, i): Row => ({ region, measure, period: String(2000 + i), value: i }));
    const rows = ["CN-AH", "CN-BJ", "CN-SH"].flatMap((r) => ["a", "b", "c"].flatMap((m) => series(r, m)));
    const plan = planBlocks(rows, 1200, COLUMNS);
    expect(plan.blocks.length).toBeGreaterThan(2);
    const homes = new Map<string, Set<number>>();
    plan.blocks.forEach((b, i) => {
      for (const row of b.rows) {
        const key = `${row.region}/${row.measure}`;
        homes.set(key, (homes.get(key) ?? new Set()).add(i));
      }
    });
    for (const [, blocks] of homes) expect(blocks.size).toBe(1);
  });

  it("should cut a series larger than a block into consecutive period ranges", () => {
    const rows = Array.from({ length: 400 }, (_, i): Row => ({ region: "CN", measure: "a", period: String(1800 + i), value: i * 1.5 }));
    const plan = planBlocks(rows, 1000, COLUMNS);
    expect(plan.blocks.length).toBeGreaterThan(3);
    for (let i = 1; i < plan.blocks.length; i++) expect(plan.blocks[i]?.info.from).toBeGreaterThan(plan.blocks[i - 1]?.info.to as number);
    const manifest = manifestOf(plan, rows, 1000);
    // A period filter reads only the block(s) of its years.
    expect(selectBlocks(manifest, { from: 1900 * 12, to: 1900 * 12 + 11 })).toHaveLength(1);
  });

  it("should return exactly the rows a selection matches when reading only the selected blocks", () => {
    fc.assert(
      fc.property(rowsArb, bytesArb, selectionArb, (rows, maxBytes, selection) => {
        const plan = planBlocks(rows, maxBytes, COLUMNS);
        const manifest = manifestOf(plan, rows, maxBytes);
        const chosen = new Set(selectBlocks(manifest, selection).map((b) => b.key));
        const read = plan.blocks.filter((b) => chosen.has(b.info.key)).flatMap((b) => selectRows(JSON.parse(b.text), selection));
        expect(read).toEqual(filterRows(rows, selection));
      }),
    );
  });

  it("should read exactly the blocks that hold a region × measure series of a full panel", () => {
    const regions = REGIONS.slice(1, 6);
    const rows = regions.flatMap((region) =>
      MEASURES.flatMap((measure) => PERIODS.map((period, i): Row => ({ region, measure, period, value: i }))),
    );
    fc.assert(
      fc.property(bytesArb, fc.constantFrom(...regions), fc.constantFrom(...MEASURES), (maxBytes, region, measure) => {
        const plan = planBlocks(rows, maxBytes, COLUMNS);
        const manifest = manifestOf(plan, rows, maxBytes);
        const read = selectBlocks(manifest, { regions: new Set([region]), measures: new Set([measure]) }).map((b) => b.key);
        const holding = plan.blocks.filter((b) => b.rows.some((r) => r.region === region && r.measure === measure)).map((b) => b.info.key);
        expect(read).toEqual(holding);
      }),
    );
  });
});
