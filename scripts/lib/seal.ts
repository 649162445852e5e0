/**
 * @module Sealed versions: every version ever published in git history must still be in `data/`, byte for byte as
 * it was FIRST published — its `version.json`, `data.csv` and `meta.json` (the metadata it sealed). The reference is
 * the commit that first added the version's `data.csv`, read with `git`, never a lock file that the same commit
 * could rewrite. A reference without `meta.json` means the version sealed that commit's `dataset.json`: its
 * `meta.json` must equal that snapshot. Uncommitted versions are new and not checked here.
 *
 * Before this check existed only the lock guarded `data.csv`, and two versions were reformatted under it (a
 * `category` column added to internet-users@1.0.0 and province-gdp@1.0.0, values unchanged). Versions first
 * published before the commit that introduced this file are therefore sealed as they stood IN that commit;
 * every later change is refused. The commit is found in history (first added {@link SEAL_INTRODUCED_BY}), so no
 * file in the working tree can move it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type DatasetMeta, snapshotOf } from "../../schemas";
import { jsonFile } from "./dataset-files";
import type { DataIssue } from "./read-data";

/** The file whose first commit starts the seal for versions published before it. */
export const SEAL_INTRODUCED_BY = "scripts/lib/seal.ts";

/** The files that make up a version, all sealed. */
export const VERSION_FILES = ["version.json", "data.csv", "meta.json", "changes.csv"] as const;

const git = (cwd: string, args: string[], input?: string) =>
  execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });

/** `id/version` → the commit that first added its `data.csv`, from one `git log` over the data folder. */
function firstPublished(root: string, prefix: string): Map<string, string> {
  const log = git(root, [
    "log",
    "--diff-filter=A",
    "--reverse",
    "--format=commit %H",
    "--name-only",
    "--no-renames",
    "--",
    prefix || ".",
  ]).toString("utf8");
  const first = new Map<string, string>();
  let commit = "";
  for (const line of log.split("\n")) {
    if (line.startsWith("commit ")) commit = line.slice(7);
    else if (line.trim() !== "") {
      const rel = prefix ? relative(prefix, line) : line;
      const match = /^([^/]+)\/([^/]+)\/data\.csv$/.exec(rel);
      if (match && !first.has(`${match[1]}/${match[2]}`)) first.set(`${match[1]}/${match[2]}`, commit);
    }
  }
  return first;
}

/** Reads many `commit:path` blobs with one `git cat-file --batch`; a missing object is `undefined`. */
function readBlobs(root: string, specs: string[]): (Buffer | undefined)[] {
  if (specs.length === 0) return [];
  const out = git(root, ["cat-file", "--batch"], `${specs.join("\n")}\n`);
  const blobs: (Buffer | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    if (header.endsWith(" missing")) {
      blobs.push(undefined);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    blobs.push(out.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}

/** How the history check went: the problems found, or why it could not run. */
export interface SealResult {
  issues: DataIssue[];
  /** Versions checked against history. */
  checked: number;
}

/**
 * Checks every version published in the git history of `dataDir` against the working tree. Refuses (as issues) a
 * changed or removed file of a published version, and a history it cannot read (no repository, a shallow clone).
 */
export function sealIssues(dataDir: string): SealResult {
  const fail = (message: string): SealResult => ({ issues: [{ file: ".", message }], checked: 0 });
  let root: string;
  try {
    root = git(dataDir, ["rev-parse", "--show-toplevel"]).toString("utf8").trim();
  } catch {
    return fail(
      "published versions are checked against git history, but data/ is not in a git repository: build from a clone (git clone), not from an export",
    );
  }
  if (git(root, ["rev-parse", "--is-shallow-repository"]).toString("utf8").trim() === "true") {
    return fail(
      "this is a shallow clone: published versions are checked against the commit that first published them, which a shallow history may lack. Run `git fetch --unshallow` (in CI: actions/checkout with fetch-depth: 0)",
    );
  }
  try {
    git(root, ["rev-parse", "--verify", "-q", "HEAD"]);
  } catch {
    // A repository without a commit has published nothing yet.
    return { issues: [], checked: 0 };
  }
  const prefix = relative(root, dataDir).split("\\").join("/");
  const published = firstPublished(root, prefix);
  const start = git(root, ["log", "--diff-filter=A", "--reverse", "--format=%H", "--", SEAL_INTRODUCED_BY]).toString("utf8").split("\n")[0];
  if (start) {
    const before = new Set(git(root, ["rev-list", start]).toString("utf8").split("\n"));
    for (const [key, commit] of published) if (before.has(commit)) published.set(key, start);
  }
  const specs: string[] = [];
  const wanted: { key: string; commit: string; file: string }[] = [];
  const path = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
  for (const [key, commit] of published) {
    for (const file of VERSION_FILES) {
      specs.push(`${commit}:${path(`${key}/${file}`)}`);
      wanted.push({ key, commit, file });
    }
    specs.push(`${commit}:${path(`${key.split("/")[0]}/dataset.json`)}`);
    wanted.push({ key, commit, file: "dataset.json" });
  }
  const blobs = readBlobs(root, specs);
  const at = new Map(wanted.map((w, i) => [`${w.key}|${w.file}`, blobs[i]]));
  const issues: DataIssue[] = [];
  for (const [key, commit] of published) {
    const ref = key.replace("/", "@");
    const short = commit.slice(0, 10);
    // Removal is judged by data.csv: a version folder without it is no version at all.
    if (!existsSync(join(dataDir, key, "data.csv"))) {
      issues.push({
        file: key,
        message: `published version ${ref} (first published in ${short}) was removed; a published version is never removed`,
      });
      continue;
    }
    for (const file of VERSION_FILES) {
      const current = existsSync(join(dataDir, key, file)) ? readFileSync(join(dataDir, key, file)) : undefined;
      let sealed = at.get(`${key}|${file}`);
      let what = `as first published in ${short}`;
      if (file === "meta.json" && sealed === undefined) {
        // Published before versions carried meta.json: the version sealed the dataset.json of that commit.
        const historic = at.get(`${key}|dataset.json`);
        if (!historic) {
          issues.push({ file: `${key}/${file}`, message: `cannot read the metadata ${ref} was published with (dataset.json in ${short})` });
          continue;
        }
        sealed = Buffer.from(jsonFile(snapshotOf(JSON.parse(historic.toString("utf8")) as DatasetMeta)));
        what = `the snapshot of dataset.json as ${ref} was first published in ${short}`;
      }
      if (sealed === undefined) continue;
      if (current === undefined)
        issues.push({ file: `${key}/${file}`, message: `published version ${ref} lost ${file}; restore it (${what})` });
      else if (!current.equals(sealed))
        issues.push({
          file: `${key}/${file}`,
          message: `published version ${ref} changed: ${file} differs from ${what}. Published versions never change; publish a new version that says what it corrects`,
        });
    }
  }
  return { issues, checked: published.size };
}
