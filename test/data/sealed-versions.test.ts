/**
 * Sealed versions, proven in a temporary git repository (a copy of two real datasets in the OS temp dir, deleted
 * afterwards): the build refuses a changed unit, a value changed together with its lock hash in one commit and a
 * removed version — each on a version published in history — and accepts the same change as a new version. A
 * shallow clone is refused with a message that says what to do. The lock is never the reference: history is.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { buildCatalog } from "../../scripts/build/data";
import { contentHash } from "../../scripts/lib/dataset-files";
import { readLock, writeLock } from "../../scripts/lib/lock";
import { DATA_DIR } from "../../scripts/lib/paths";
import { planVersions } from "../../scripts/lib/publish";
import { formatIssue } from "../../scripts/lib/read-data";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  }).toString("utf8");

/** A git repository holding `data/` with `regions` and `national-gini` as committed here, and their lock entries. */
function publishedRepo(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), "pa-sealed-"));
  roots.push(root);
  const data = join(root, "data");
  mkdirSync(data);
  for (const id of ["regions", "national-gini"]) cpSync(join(DATA_DIR, id), join(data, id), { recursive: true });
  // The comparability note names a dataset this copy leaves out; it is an annotation, not sealed metadata.
  const metaFile = join(data, "national-gini/dataset.json");
  const meta = JSON.parse(readFileSync(metaFile, "utf8"));
  for (const m of meta.measures) delete m.notComparableWith;
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  const lock = Object.fromEntries(
    Object.entries(readLock(join(DATA_DIR, "lock.json"))).filter(([key]) => key.startsWith("regions@") || key.startsWith("national-gini@")),
  );
  writeLock(join(data, "lock.json"), lock);
  git(root, "init", "-q", "-b", "main");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "publish");
  return { root, data };
}

const issuesOf = (data: string) => buildCatalog(data, join(data, "lock.json"), { sealed: true }).issues.map(formatIssue);
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, "utf8")));

/** Adds `national-gini@<version>` as a copy of 1.1.1 with `change` applied to its rows, and seals it like `npm run seal`. */
function newVersion(data: string, version: string, change: (csv: string) => string, corrects?: string): void {
  const dir = join(data, "national-gini", version);
  mkdirSync(dir);
  const changes = { zh: "测试用新版本。", en: "A new version for a test." };
  writeFileSync(
    join(dir, "version.json"),
    `${JSON.stringify({ version, published: "2026-12-04", changes, ...(corrects ? { corrects } : {}) }, null, 2)}\n`,
  );
  writeFileSync(join(dir, "data.csv"), change(readFileSync(join(data, "national-gini/1.1.1/data.csv"), "utf8")));
  const plan = planVersions(data, "national-gini", [{ version }]);
  for (const [path, content] of plan.files) writeFileSync(join(data, path), content);
  writeLock(join(data, "lock.json"), { ...readLock(join(data, "lock.json")), ...plan.hashes });
}

describe("sealed versions (checked against git history)", () => {
  let repo: { root: string; data: string };
  beforeEach(() => {
    repo = publishedRepo();
  });

  it("should build the published copy without a problem", () => {
    expect(issuesOf(repo.data)).toEqual([]);
  });

  it("should refuse a unit change in a published version's metadata, committed or not", () => {
    edit(join(repo.data, "national-gini/1.0.0/meta.json"), (t) => t.replace('"zh": "系数（0—1）"', '"zh": "系数（0—100）"'));
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(/^national-gini\/1\.0\.0\/meta\.json published version national-gini@1\.0\.0 changed/),
    ]);
    git(repo.root, "commit", "-qam", "change the unit");
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(/national-gini@1\.0\.0 changed: meta\.json differs from as first published in [0-9a-f]{10}/),
    ]);
  });

  it("should refuse a unit change made in dataset.json alone (it would change what the newest version published)", () => {
    edit(join(repo.data, "national-gini/dataset.json"), (t) => t.replace('"en": "coefficient (0–1)"', '"en": "index (0–100)"'));
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(/^national-gini\/dataset\.json changes what national-gini@1\.1\.1 published \(measures\.gini\.unit\.en\)/),
    ]);
  });

  it("should accept the same unit change as a new version", () => {
    edit(join(repo.data, "national-gini/dataset.json"), (t) =>
      t.replace('"en": "coefficient (0–1)"', '"en": "coefficient (0–1, as published)"'),
    );
    newVersion(repo.data, "2.0.0", (csv) => csv);
    expect(issuesOf(repo.data)).toEqual([]);
    git(repo.root, "add", "-A");
    git(repo.root, "commit", "-qm", "publish 2.0.0");
    expect(issuesOf(repo.data)).toEqual([]);
    const sealed = JSON.parse(readFileSync(join(repo.data, "national-gini/2.0.0/meta.json"), "utf8"));
    expect(sealed.measures[0].unit.en).toBe("coefficient (0–1, as published)");
    expect(JSON.parse(readFileSync(join(repo.data, "national-gini/1.0.0/meta.json"), "utf8")).measures[0].unit.en).toBe(
      "coefficient (0–1)",
    );
  });

  it("should refuse a value changed together with its lock hash in one commit", () => {
    const csv = join(repo.data, "national-gini/1.0.0/data.csv");
    edit(csv, (t) => t.replace("CN,2003,gini,,0.479,", "CN,2003,gini,,0.499,"));
    writeLock(join(repo.data, "lock.json"), {
      ...readLock(join(repo.data, "lock.json")),
      "national-gini@1.0.0": contentHash(readFileSync(csv)),
    });
    git(repo.root, "commit", "-qam", "edit a value and its lock");
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(/^national-gini\/1\.0\.0\/data\.csv published version national-gini@1\.0\.0 changed: data\.csv differs/),
    ]);
  });

  it("should accept the same value change as a correction, whose changes.csv lists it", () => {
    newVersion(repo.data, "1.1.2", (csv) => csv.replace("CN,2003,gini,,0.479,", "CN,2003,gini,,0.499,"), "1.1.1");
    git(repo.root, "add", "-A");
    git(repo.root, "commit", "-qm", "publish the correction 1.1.2");
    expect(issuesOf(repo.data)).toEqual([]);
    expect(readFileSync(join(repo.data, "national-gini/1.1.2/changes.csv"), "utf8")).toBe(
      "change,region,period,measure,category,field,from,to\nchanged,CN,2003,gini,,value,0.479,0.499\n",
    );
  });

  it("should refuse a correction whose changes.csv does not list what changed", () => {
    newVersion(repo.data, "1.1.2", (csv) => csv.replace("CN,2003,gini,,0.479,", "CN,2003,gini,,0.499,"), "1.1.1");
    writeFileSync(join(repo.data, "national-gini/1.1.2/changes.csv"), "change,region,period,measure,category,field,from,to\n");
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(/^national-gini\/1\.1\.2\/changes\.csv does not list exactly what differs/),
    ]);
  });

  it("should refuse a removed version, even when its lock entry goes in the same commit", () => {
    git(repo.root, "rm", "-rq", "data/national-gini/1.0.0");
    const lock = readLock(join(repo.data, "lock.json"));
    delete lock["national-gini@1.0.0"];
    writeLock(join(repo.data, "lock.json"), lock);
    git(repo.root, "commit", "-qam", "remove a version");
    expect(issuesOf(repo.data)).toEqual([
      expect.stringMatching(
        /^national-gini\/1\.0\.0 published version national-gini@1\.0\.0 \(first published in [0-9a-f]{10}\) was removed/,
      ),
    ]);
  });

  it("should accept removing a version that was never published", () => {
    newVersion(repo.data, "2.0.0", (csv) => csv);
    rmSync(join(repo.data, "national-gini/2.0.0"), { recursive: true });
    const lock = readLock(join(repo.data, "lock.json"));
    delete lock["national-gini@2.0.0"];
    writeLock(join(repo.data, "lock.json"), lock);
    expect(issuesOf(repo.data)).toEqual([]);
  });

  it("should seal a version published before meta.json existed to the dataset.json it was published with", () => {
    const legacy = mkdtempSync(join(tmpdir(), "pa-legacy-"));
    roots.push(legacy);
    cpSync(repo.data, join(legacy, "data"), { recursive: true });
    // As on 2026-11-28: version 1.0.0 alone, its metadata in dataset.json only.
    for (const later of ["1.1.0", "1.1.1"]) rmSync(join(legacy, "data/national-gini", later), { recursive: true });
    const meta = join(legacy, "data/national-gini/1.0.0/meta.json");
    const sealed = readFileSync(meta, "utf8");
    const datasetFile = join(legacy, "data/national-gini/dataset.json");
    writeFileSync(datasetFile, `${JSON.stringify({ ...JSON.parse(readFileSync(datasetFile, "utf8")), ...JSON.parse(sealed) }, null, 2)}\n`);
    rmSync(meta);
    git(legacy, "init", "-q");
    git(legacy, "add", "-A");
    git(legacy, "commit", "-q", "-m", "publish without meta.json");
    writeFileSync(meta, sealed);
    expect(issuesOf(join(legacy, "data"))).toEqual([]);
    writeFileSync(meta, sealed.replace('"zh": "系数（0—1）"', '"zh": "系数"'));
    expect(issuesOf(join(legacy, "data"))).toContainEqual(
      expect.stringMatching(/meta\.json differs from the snapshot of dataset\.json as national-gini@1\.0\.0 was first published/),
    );
  });

  it("should publish a branch's versions when it is merged: edits before the merge are free, edits after are refused", () => {
    git(repo.root, "checkout", "-q", "-b", "feature");
    newVersion(repo.data, "2.0.0", (csv) => csv);
    git(repo.root, "add", "-A");
    git(repo.root, "commit", "-qm", "add 2.0.0 on a branch");
    const csv = join(repo.data, "national-gini/2.0.0/data.csv");
    edit(csv, (t) => t.replace("CN,2024,gini,,0.465,", "CN,2024,gini,,0.466,"));
    writeLock(join(repo.data, "lock.json"), {
      ...readLock(join(repo.data, "lock.json")),
      "national-gini@2.0.0": contentHash(readFileSync(csv)),
    });
    git(repo.root, "commit", "-qam", "fix 2.0.0 before it is merged");
    expect(issuesOf(repo.data)).toEqual([]);
    git(repo.root, "checkout", "-q", "main");
    git(repo.root, "merge", "-q", "--no-ff", "-m", "merge feature", "feature");
    expect(issuesOf(repo.data)).toEqual([]);
    edit(csv, (t) => t.replace("CN,2024,gini,,0.466,", "CN,2024,gini,,0.467,"));
    git(repo.root, "commit", "-qam", "edit 2.0.0 after its merge");
    expect(issuesOf(repo.data)).toContainEqual(
      expect.stringMatching(
        /^national-gini\/2\.0\.0\/data\.csv published version national-gini@2\.0\.0 changed: data\.csv differs from as first published/,
      ),
    );
  });

  it("should refuse to build from a shallow clone, saying how to get the history", () => {
    const clone = join(repo.root, "shallow");
    git(repo.root, "add", "-A");
    git(repo.root, "commit", "-q", "--allow-empty", "-m", "a second commit, so that depth 1 is shallow");
    git(repo.root, "clone", "-q", "--depth", "1", `file://${repo.root}`, clone);
    expect(issuesOf(join(clone, "data"))).toEqual([expect.stringMatching(/shallow clone.*git fetch --unshallow/)]);
  });

  it("should refuse a data folder outside any git repository", () => {
    const loose = mkdtempSync(join(tmpdir(), "pa-loose-"));
    roots.push(loose);
    cpSync(repo.data, loose, { recursive: true });
    expect(issuesOf(loose)).toEqual([expect.stringMatching(/not in a git repository/)]);
  });
});
