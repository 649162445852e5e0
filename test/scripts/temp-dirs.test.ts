/**
 * Tests clean up after themselves: build.test.ts once copied 11 MB of data/ per test into the temporary folder and
 * never removed it (130 copies after a day). Every test module that makes a temporary folder also removes one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("temporary folders of the tests", () => {
  const makes = /\bmkdtemp(?:Sync)?\(/g;
  const removes = /\brm(?:Sync)?\(/g;
  const makers = sources(join(ROOT, "test")).filter((f) => readFileSync(f, "utf8").match(makes) !== null);

  it("are made somewhere (the check is not vacuous)", () => {
    expect(makers.length).toBeGreaterThan(5);
  });

  for (const file of makers)
    it(`are removed by ${relative(ROOT, file)}`, () => {
      const text = readFileSync(file, "utf8");
      expect(text.match(removes)?.length ?? 0, "a removal for each mkdtemp call").toBeGreaterThanOrEqual(text.match(makes)?.length ?? 0);
    });
});
