/**
 * Names, not codes (issue #11 item 4): every region code in the published data has a zh and an en name in the
 * names table the build generates from the data, and the committed table is the one the build would write.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildNames, NAMES_FILE, namesJson } from "../../scripts/build/names";
import { DATA_DIR, ROOT } from "../../scripts/lib/paths";

/** Every region code in every published version's rows. */
function catalogCodes(): Set<string> {
  const codes = new Set<string>();
  for (const id of readdirSync(DATA_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const v of readdirSync(join(DATA_DIR, id.name)).filter((x) => /^\d+\.\d+\.\d+$/.test(x))) {
      const lines = readFileSync(join(DATA_DIR, id.name, v, "data.csv"), "utf8").split("\n");
      // Observation tables only: reference tables (regions, countries) are where the names come from.
      if (!lines[0]?.startsWith("region,period,")) continue;
      for (const line of lines.slice(1)) if (line) codes.add(line.slice(0, line.indexOf(",")));
    }
  }
  return codes;
}

describe("names table", () => {
  const names = buildNames();
  it("names every region code of the catalog in zh and en", () => {
    const missing = [...catalogCodes()].filter((c) => !names[c]?.zh || !names[c]?.en);
    expect(missing).toEqual([]);
  });
  it("zh names are Chinese and en names are not codes", () => {
    for (const [code, n] of Object.entries(names)) {
      expect(n.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(n.en, code).not.toBe(code);
    }
  });
  it("is committed as the build writes it", () => {
    expect(readFileSync(join(ROOT, NAMES_FILE), "utf8")).toBe(namesJson(names));
  });
});
