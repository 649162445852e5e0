/**
 * The figures the README and docs show (docs/img/) are what the figure model draws from the published data today:
 * the tile map in the README had kept an older renderer's output (values cut to "1.65…", an older source line).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docsFigures } from "../../scripts/docs-figures";
import { ROOT } from "../../scripts/lib/paths";

describe("docs figures", () => {
  it.each([...docsFigures()])("docs/img/%s should be current (npm run docs:figures rewrites it)", (file, svg) => {
    expect(readFileSync(join(ROOT, "docs/img", file), "utf8")).toBe(svg);
  });
});
