/**
 * The build refuses bad data with a message naming the file, row and column, and refuses edits to published
 * versions (the lock).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildCatalog } from "../../scripts/build/data";
import { lockViolations, readLock } from "../../scripts/lib/lock";
import { DATA_DIR, LOCK_FILE } from "../../scripts/lib/paths";
import { formatIssue, loadData } from "../../scripts/lib/read-data";

/**
 * A temporary copy of data/ for one test to edit — only the datasets it names (with the lock), or all of it when it
 * builds the whole catalog — removed when the test finishes.
 */
function copyOfData(...datasets: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "pa-data-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  if (datasets.length === 0) cpSync(DATA_DIR, dir, { recursive: true });
  for (const id of datasets) cpSync(join(DATA_DIR, id), join(dir, id), { recursive: true });
  return dir;
}

function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

describe("data validation", () => {
  it("should name file, row and column of a non-numeric value", () => {
    const dir = copyOfData("province-gdp");
    edit(dir, "province-gdp/1.0.0/data.csv", (t) => t.replace("\nCN-AH,2006,gdp,,", "\nCN-AH,2006,gdp,,12x"));
    const issues = loadData(dir).issues.map(formatIssue);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^province-gdp\/1\.0\.0\/data\.csv:2 \[value\] /);
  });

  it("should reject a measure the metadata does not declare", () => {
    const dir = copyOfData("province-gdp");
    edit(dir, "province-gdp/1.0.0/data.csv", (t) => t.replace("\nCN-AH,2006,gdp,,", "\nCN-AH,2006,gpd,,"));
    expect(loadData(dir).issues.map(formatIssue)).toEqual([expect.stringMatching(/data\.csv:2 \[measure\] "gpd" is not a measure/)]);
  });

  it("should reject duplicate observations and bad periods", () => {
    const dir = copyOfData("internet-users");
    edit(dir, "internet-users/1.0.0/data.csv", (t) => `${t}CN,2007-06,internet_users,,1,,,\nCN,2007-13,internet_users,,1,,,\n`);
    const issues = loadData(dir).issues.map(formatIssue);
    expect(issues.some((i) => /duplicate observation CN\|2007-06\|internet_users/.test(i))).toBe(true);
    expect(issues.some((i) => /\[period\]/.test(i))).toBe(true);
  });

  it("should reject metadata without a bilingual title", () => {
    const dir = copyOfData("province-gdp");
    edit(dir, "province-gdp/dataset.json", (t) => t.replace('"en": "Gross regional product by province"', '"en": ""'));
    expect(loadData(dir).issues.map(formatIssue)).toEqual([expect.stringMatching(/^province-gdp\/dataset\.json \[title\.en\]/)]);
  });
});

describe("the lock of published versions", () => {
  it("should hold the hash of every committed version", () => {
    const lock = readLock(LOCK_FILE);
    for (const d of loadData(DATA_DIR).datasets) {
      for (const v of d.versions) expect(lock[`${d.meta.id}@${v.meta.version}`], `${d.meta.id}@${v.meta.version}`).toBe(v.hash);
    }
  });

  it("should fail the build when a published version's bytes were edited", () => {
    const dir = copyOfData();
    expect(buildCatalog(dir, join(dir, "lock.json")).issues).toEqual([]);
    edit(dir, "internet-users/1.0.0/data.csv", (t) => t.replace(",1032,", ",1033,"));
    const { catalog, issues } = buildCatalog(dir, join(dir, "lock.json"));
    expect(catalog).toBeUndefined();
    // The lock names the edited version; the correction 1.0.1 no longer lists exactly what differs from it.
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^internet-users\/1\.0\.1\/changes\.csv does not list exactly what differs from internet-users@1\.0\.0/),
      expect.stringMatching(/^internet-users\/1\.0\.0\/data\.csv published version internet-users@1\.0\.0 changed/),
    ]);
  });

  it("should fail the build for a version that is not in the lock", () => {
    const dir = copyOfData();
    writeFileSync(join(dir, "lock.json"), "{}");
    expect(buildCatalog(dir, join(dir, "lock.json")).issues.map(formatIssue)).toContain(
      "lock.json internet-users@1.0.0 is not in the lock; run npm run convert (or add its hash) to publish it",
    );
  });

  it("should list only changed published versions as violations", () => {
    expect(
      lockViolations(
        { "a@1.0.0": "sha256-x", "b@1.0.0": "sha256-y" },
        { "a@1.0.0": "sha256-x", "b@1.0.0": "sha256-z", "c@1.0.0": "sha256-w" },
      ),
    ).toEqual([{ key: "b@1.0.0", locked: "sha256-y", actual: "sha256-z" }]);
  });
});
