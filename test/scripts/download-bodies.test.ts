/**
 * The pieces whole-version responses are made of, checked as properties (fast-check): a streamed CSV or JSON
 * body, however its rows are split into batches, is the body written in one go; a byte range is always inside
 * the file and means what RFC 9110 says.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteRange } from "../../worker/lib/byte-range";
import { toCsv } from "../../worker/lib/csv";
import { csvBody, jsonBody } from "../../worker/lib/data-body";

const cell = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(undefined));
const rows = fc.array(fc.record({ region: cell, period: cell, value: cell }), { maxLength: 30 });
/** Rows cut into consecutive batches at arbitrary points (empty batches included). */
const batched = rows.chain((list) =>
  fc.array(fc.nat({ max: list.length }), { maxLength: 6 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), list.length];
    return { list, batches: points.slice(1).map((end, i) => list.slice(points[i], end)) };
  }),
);

async function text(parts: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const part of parts) out += part;
  return out;
}

async function* each<T>(batches: T[][]): AsyncGenerator<T[]> {
  for (const batch of batches) yield batch;
}

describe("streamed bodies", () => {
  it("should write the same CSV as toCsv, whatever the batches", async () => {
    await fc.assert(
      fc.asyncProperty(batched, fc.boolean(), async ({ list, batches }, bom) => {
        const columns = ["region", "period", "value"];
        expect(await text(csvBody(columns, each(batches), bom))).toBe(toCsv(columns, list, bom));
      }),
    );
  });

  it("should write JSON that parses to the head, every row in order, and the tail", async () => {
    await fc.assert(
      fc.asyncProperty(batched, async ({ list, batches }) => {
        const body = await text(jsonBody({ dataset: "x" }, each(batches), () => ({ total: list.length })));
        expect(JSON.parse(body)).toEqual({ dataset: "x", rows: JSON.parse(JSON.stringify(list)), total: list.length });
      }),
    );
  });
});

describe("byteRange", () => {
  it("should keep every range inside the file, and read bytes=a-b, a- and -n as RFC 9110 does", () => {
    fc.assert(
      fc.property(fc.nat({ max: 5000 }), fc.nat({ max: 6000 }), fc.nat({ max: 6000 }), (size, a, b) => {
        for (const header of [`bytes=${a}-${b}`, `bytes=${a}-`, `bytes=-${b}`]) {
          const range = byteRange(header, size);
          if (range) {
            expect(range.start).toBeGreaterThanOrEqual(0);
            expect(range.start).toBeLessThanOrEqual(range.end);
            expect(range.end).toBeLessThan(size);
          }
        }
        if (a < size && a <= b) expect(byteRange(`bytes=${a}-${b}`, size)).toEqual({ start: a, end: Math.min(b, size - 1) });
        if (a < size) expect(byteRange(`bytes=${a}-`, size)).toEqual({ start: a, end: size - 1 });
        if (b > 0 && size > 0) expect(byteRange(`bytes=-${b}`, size)).toEqual({ start: Math.max(0, size - b), end: size - 1 });
      }),
    );
  });

  it("should ignore anything that is not one satisfiable range", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const range = byteRange(header, 100);
        if (range) expect(header.trim()).toMatch(/^bytes=\d*-\d*$/);
      }),
    );
    for (const header of ["bytes=0-1,5-6", "bytes=-", "bytes=-0", "items=0-1", "bytes=200-", "bytes=5-2"])
      expect(byteRange(header, 100), header).toBeUndefined();
  });
});
