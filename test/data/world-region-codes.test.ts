/**
 * The one region-code scheme is enforced at build time: an observation's region must be a province in
 * `regions`, a code in `countries`, or an aggregate documented in schemas/region-codes.ts; the build names
 * file, row and column of a violation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { CHINA_AGGREGATES, DOCUMENTED_REGIONS, LEGACY_WB_AGGREGATES } from "../../schemas/region-codes";
import { buildCatalog } from "../../scripts/build/data";
import { knownRegionCodes, regionIssues } from "../../scripts/lib/check-regions";
import { DATA_DIR, ROOT } from "../../scripts/lib/paths";
import { formatIssue, loadData } from "../../scripts/lib/read-data";

const INTERNET = "world-internet-use/1.0.0/data.csv";

/** The datasets the check needs (the two code lists) and the ones the tests edit; copying all of data/ is slow. */
const SUBSET = ["regions", "countries", "internet-users", "province-gdp", "world-internet-use"];

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), "pa-regions-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const id of SUBSET) cpSync(join(DATA_DIR, id), join(dir, id), { recursive: true });
  cpSync(join(DATA_DIR, "lock.json"), join(dir, "lock.json"));
  return dir;
}

/** Replaces the first line starting with `prefix`; returns its 1-based line number (the row the build reports). */
function replaceLine(dir: string, path: string, prefix: string, change: (line: string) => string): number {
  const file = join(dir, path);
  const lines = readFileSync(file, "utf8").split("\n");
  const index = lines.findIndex((l) => l.startsWith(prefix));
  expect(index).toBeGreaterThan(0);
  lines[index] = change(lines[index] as string);
  writeFileSync(file, lines.join("\n"));
  return index + 1;
}

const issuesOf = (dir: string) => regionIssues(loadData(dir).datasets).map(formatIssue);

const committed = loadData(DATA_DIR).datasets;

describe("the region-code check", () => {
  it("should accept the committed data", () => {
    expect(regionIssues(committed)).toEqual([]);
  });

  it("should reject an unknown code, naming file, row and column", () => {
    const dir = copyOfData();
    const row = replaceLine(dir, INTERNET, "CHN,2020,", (l) => l.replace(/^CHN,/, "CHX,"));
    expect(issuesOf(dir)).toEqual([
      `${INTERNET}:${row} [region] unknown region code: ${"not a province in regions, a code in countries, nor an aggregate in schemas/region-codes.ts"}`,
    ]);
    // The build stops on it (besides the edit breaking the lock).
    const { catalog, issues } = buildCatalog(dir, join(dir, "lock.json"));
    expect(catalog).toBeUndefined();
    expect(issues.map(formatIssue)).toContain(issuesOf(dir)[0]);
  });

  it("should reject a province code that is not in regions and a China grouping that is not documented", () => {
    const dir = copyOfData();
    const a = replaceLine(dir, "province-gdp/1.0.0/data.csv", "CN-AH,2006,", (l) => l.replace(/^CN-AH,/, "CN-XX,"));
    const b = replaceLine(dir, "internet-users/1.0.0/data.csv", "CN,2007-06,internet_users,", (l) => l.replace(/^CN,/, "CN-SOUTH,"));
    expect(issuesOf(dir)).toEqual([
      expect.stringMatching(new RegExp(`^internet-users/1\\.0\\.0/data\\.csv:${b} \\[region\\] unknown region code`)),
      expect.stringMatching(new RegExp(`^province-gdp/1\\.0\\.0/data\\.csv:${a} \\[region\\] unknown region code`)),
    ]);
  });

  it("should accept every documented aggregate code", () => {
    const dir = copyOfData();
    const extra = DOCUMENTED_REGIONS.map((r) => `${r.code},2099,internet_users_pct,,1,,,`).join("\n");
    writeFileSync(join(dir, INTERNET), `${readFileSync(join(dir, INTERNET), "utf8")}${extra}\n`);
    // CN is documented, but a world dataset already names China CHN: only that mix is reported.
    expect(issuesOf(dir)).toEqual([expect.stringMatching(/China appears as both CN and CHN/)]);
  });

  it("should reject a dataset that names China both CN and CHN", () => {
    const dir = copyOfData();
    const row = replaceLine(dir, INTERNET, "CHN,2020,", (l) => `CN,2099,internet_users_pct,,1,,,\n${l}`);
    expect(issuesOf(dir)).toEqual([
      `${INTERNET}:${row} [region] China appears as both CN and CHN; use CN in China datasets and CHN in world datasets`,
    ]);
  });

  it("should reject a countries code outside the 3-character WB code list", () => {
    const dir = copyOfData();
    const row = replaceLine(dir, "countries/1.0.0/data.csv", "WLD,", (l) => l.replace(/^WLD,/, "WORLD,"));
    expect(issuesOf(dir)).toContain(`countries/1.0.0/data.csv:${row} [region] a countries code must match ^[A-Z0-9]{3}$`);
  });
});

describe("the scheme", () => {
  const known = knownRegionCodes(committed);

  it("should keep documented codes apart from the provinces and the WB code list", () => {
    const references = committed.filter((d) => d.meta.id === "regions" || d.meta.id === "countries");
    const tableCodes = new Set(references.flatMap((d) => d.versions.flatMap((v) => v.rows.map((r) => String(r.region)))));
    for (const r of DOCUMENTED_REGIONS) expect(tableCodes.has(r.code), r.code).toBe(false);
    expect(known.has("CHN") && known.has("CN") && known.has("CN-BJ") && known.has("WLD")).toBe(true);
  });

  it("should give every China aggregate a zh and an en name", () => {
    expect(CHINA_AGGREGATES.map((r) => r.code)).toEqual([
      "CN",
      "CN-EAST",
      "CN-CENTRAL",
      "CN-WEST",
      "CN-NORTHEAST",
      "CN-SPB-EAST",
      "CN-SPB-CENTRAL",
      "CN-SPB-WEST",
      "CN-MIIT-EAST",
      "CN-MIIT-CENTRAL",
      "CN-MIIT-WEST",
      "CN-MIIT-NORTHEAST",
    ]);
    for (const r of DOCUMENTED_REGIONS) expect(r.name.zh && r.name.en, r.code).toBeTruthy();
  });

  it("should document every code of the scheme in docs/region-codes.md", () => {
    const doc = readFileSync(join(ROOT, "docs/region-codes.md"), "utf8");
    for (const r of [...CHINA_AGGREGATES, ...LEGACY_WB_AGGREGATES]) {
      expect(doc, r.code).toContain(`\`${r.code}\``);
      expect(doc, r.code).toContain(r.name.zh);
    }
    const countries = committed.find((d) => d.meta.id === "countries");
    const aggregates = countries?.versions.flatMap((v) => v.rows.filter((r) => r.kind === "aggregate")) ?? [];
    expect(aggregates).toHaveLength(48);
    for (const r of aggregates) expect(doc).toContain(`| \`${r.region}\` | ${r.name_en} |`);
  });
});
