/**
 * The path data/README.md documents for a dataset with no raw file in ../shared (a partner's CSV): a folder with
 * dataset.json, <version>/version.json and <version>/data.csv, then `npm run seal -- <id>@<version>`, which writes
 * the version's meta.json and its lock entry. Run end to end (the real command in a child process) in a temporary
 * git repository; the rows are SYNTHETIC test values, not data about anything.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../scripts/build/data";
import { contentHash } from "../../scripts/lib/dataset-files";
import { readLock, writeLock } from "../../scripts/lib/lock";
import { DATA_DIR, ROOT } from "../../scripts/lib/paths";
import { formatIssue } from "../../scripts/lib/read-data";

const root = mkdtempSync(join(tmpdir(), "pa-partner-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const data = join(root, "data");

const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
const seal = (ref: string) =>
  spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "scripts/seal.ts"), ref], {
    env: { ...process.env, PA_DATA_DIR: data },
    encoding: "utf8",
  });
const issues = () => buildCatalog(data, join(data, "lock.json"), { sealed: true }).issues.map(formatIssue);
const text = (en: string) => ({ zh: `测试：${en}`, en });

describe("a partner's CSV, published with npm run seal", () => {
  mkdirSync(data);
  cpSync(join(DATA_DIR, "regions"), join(data, "regions"), { recursive: true });
  writeLock(join(data, "lock.json"), { "regions@1.0.0": readLock(join(DATA_DIR, "lock.json"))["regions@1.0.0"] as string });
  const dir = join(data, "partner-survey");
  mkdirSync(join(dir, "1.0.0"), { recursive: true });
  const meta = {
    id: "partner-survey",
    title: text("Partner survey (synthetic test data)"),
    description: text("SYNTHETIC values for a test of the partner path; not data about anything."),
    themes: ["reference"],
    kind: "observations",
    measures: [{ id: "score", title: text("Score"), unit: text("points") }],
    licence: { id: "CC0-1.0", title: "CC0 1.0", attribution: text("Synthetic test data") },
    sources: [
      {
        publisher: text("Test partner"),
        title: "partner-survey.csv",
        rawFile: "none (delivered by the partner)",
        kind: "compilation",
        primary: { publisher: text("Test partner"), title: text("Partner survey") },
      },
    ],
    caveats: [],
    defaults: { measures: ["score"], kind: "bar" },
  };
  writeFileSync(join(dir, "dataset.json"), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(
    join(dir, "1.0.0/version.json"),
    `${JSON.stringify({ version: "1.0.0", published: "2026-12-04", changes: text("First release.") }, null, 2)}\n`,
  );
  const csv = "region,period,measure,category,value,status,note,source\nCN-BJ,2024,score,,1,,,\nCN-SH,2024,score,,2,,,\n";
  writeFileSync(join(dir, "1.0.0/data.csv"), csv);
  git("init", "-q");

  it("should refuse to build before the version is sealed", () => {
    expect(issues()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^partner-survey\/1\.0\.0\/meta\.json missing: run npm run seal -- partner-survey@1\.0\.0/),
      ]),
    );
  });

  it("should write meta.json and the lock entry, and then build", () => {
    const run = seal("partner-survey@1.0.0");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readLock(join(data, "lock.json"))["partner-survey@1.0.0"]).toBe(contentHash(csv));
    expect(JSON.parse(readFileSync(join(dir, "1.0.0/meta.json"), "utf8")).measures[0].unit.en).toBe("points");
    expect(issues()).toEqual([]);
  });

  it("should seal it once committed: a later edit is refused by the build and by seal", () => {
    git("add", "-A");
    git("commit", "-q", "-m", "publish partner-survey@1.0.0");
    writeFileSync(join(dir, "1.0.0/data.csv"), csv.replace("CN-SH,2024,score,,2", "CN-SH,2024,score,,3"));
    expect(issues()).toEqual(expect.arrayContaining([expect.stringMatching(/partner-survey@1\.0\.0 changed: data\.csv differs/)]));
    const run = seal("partner-survey@1.0.0");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/partner-survey@1\.0\.0 is published .* publish a new version instead/);
  });

  it("should explain its usage", () => {
    const run = seal("partner-survey");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run seal -- <id>@<version>/);
    expect(existsSync(join(dir, "partner-survey"))).toBe(false);
  });
});
