/**
 * The Chinese names of the World Bank aggregates are our translation (no source publishes them): the names
 * table says so for each, rather than passing them off as a source's.
 */
import { describe, expect, it } from "vitest";
import type { NameTable } from "../../figure/names";
import table from "../../figure/names-table.json";

describe("who wrote the zh names", () => {
  it("marks every World Bank aggregate's zh name as translated by Prosperity Atlas, and nothing else", () => {
    const names = table as NameTable;
    const aggregates = Object.entries(names).filter(([, n]) => n.kind === "aggregate");
    expect(aggregates.length).toBeGreaterThanOrEqual(40);
    for (const [code, n] of aggregates) expect(n.zhBy, code).toBe("prosperity-atlas");
    for (const [code, n] of Object.entries(names)) if (n.kind !== "aggregate") expect(n.zhBy, code).toBeUndefined();
  });
});
