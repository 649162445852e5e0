/**
 * @module Sealed versions: every version ever published in git history must still be in `data/`, byte for byte as
 * it was FIRST published — its `version.json`, `data.csv`, `meta.json` (the metadata it sealed) and `changes.csv`.
 * The reference is read with `git` from the commit that first published the version, never from a lock file that
 * the same commit could rewrite. "Published" means on the publication branch (`main`): history is read along first
 * parents up to where the checked-out branch meets it, so a version a feature branch adds is sealed when merged.
 * A reference without `meta.json` means the version sealed that commit's `dataset.json`: its `meta.json` must equal
 * that snapshot. Uncommitted and unmerged versions are new and not checked here.
 *
 * Before this check existed only the lock guarded `data.csv`, and two versions were reformatted under it (a
 * `category` column added to internet-users@1.0.0 and province-gdp@1.0.0, values unchanged). The data files of
 * versions published before the commit that introduced {@link SEAL_INTRODUCED_BY} are therefore sealed as they
 * stood in that commit; every later change is refused. That commit is found in history, so no file can move it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type DatasetMeta, snapshotOf } from "../../schemas";
import { jsonFile } from "./dataset-files";
import type { DataIssue } from "./read-data";

/** The file whose first commit starts the seal for versions published before it. */
export const SEAL_INTRODUCED_BY = "scripts/lib/seal.ts";

/**
 * History is read along first parents, with merges compared to their first parent: a version is published when it
 * first appears on the line the checked-out branch was built on (for main, when a branch is merged), so edits made
 * on a feature branch before its merge are not changes to a published version.
 */
const MAINLINE = ["--first-parent", "--diff-merges=first-parent"];

/**
 * The commit up to which versions count as published: where the checked-out branch meets the publication branch
 * (`$PA_PUBLISHED_REF`, default `main`, else `origin/main`), so that a version a feature branch adds stays editable
 * until it is merged; `HEAD` when there is no such branch (everything committed is published).
 */
function publishedTip(root: string): string {
  const refs = process.env.PA_PUBLISHED_REF ? [process.env.PA_PUBLISHED_REF] : ["main", "origin/main"];
  for (const ref of refs) {
    try {
      git(root, ["rev-parse", "--verify", "-q", `${ref}^{commit}`]);
      return git(root, ["merge-base", "HEAD", ref]).toString("utf8").trim();
    } catch {
      // No such ref here: try the next.
    }
  }
  return "HEAD";
}

/** The files that make up a version, all sealed. */
export const VERSION_FILES = ["version.json", "data.csv", "meta.json", "changes.csv"] as const;

const git = (cwd: string, args: string[], input?: string) =>
  execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });

/** `id/version` → the mainline commit that first added its `data.csv`, from one `git log` over the data folder. */
function firstPublished(root: string, prefix: string, tip: string): Map<string, string> {
  const log = git(root, [
    "log",
    tip,
    ...MAINLINE,
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

/** The first commit adding the seal script along the first-parent line from `from`, if any. */
function sealStart(root: string, from: string): string | undefined {
  const log = git(root, ["log", from, ...MAINLINE, "--diff-filter=A", "--reverse", "--format=%H", "--", SEAL_INTRODUCED_BY]);
  return log.toString("utf8").split("\n")[0] || undefined;
}

/**
 * Where the data files (version.json, data.csv, changes.csv) of versions published before sealing existed are
 * compared: the commit that introduced the seal on the publication branch; while that commit is still on the
 * branch that introduces it, the publication tip. Every other version — and every `meta.json`, whose metadata as
 * first published can always be rebuilt from history — is compared with its first publication. A repository that
 * never had the seal script (a data-only copy) is strict throughout.
 */
function referenceOf(root: string, tip: string, published: Map<string, string>): Map<string, string> {
  const reference = new Map<string, string>();
  const start = sealStart(root, tip) ?? (sealStart(root, "HEAD") ? tip : undefined);
  if (!start) return reference;
  const before = new Set(git(root, ["rev-list", "--first-parent", start]).toString("utf8").split("\n"));
  for (const [key, commit] of published) if (before.has(commit)) reference.set(key, start);
  return reference;
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
  const tip = publishedTip(root);
  const published = firstPublished(root, prefix, tip);
  const reference = referenceOf(root, tip, published);
  const specs: string[] = [];
  const wanted: string[] = [];
  const path = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
  const want = (label: string, commit: string, rel: string) => {
    specs.push(`${commit}:${path(rel)}`);
    wanted.push(label);
  };
  for (const [key, first] of published) {
    const dataset = key.split("/")[0] as string;
    for (const file of VERSION_FILES)
      want(`${key}|${file}`, file === "meta.json" ? first : (reference.get(key) ?? first), `${key}/${file}`);
    want(`${key}|dataset.json`, first, `${dataset}/dataset.json`);
  }
  const blobs = readBlobs(root, specs);
  const at = new Map(wanted.map((label, i) => [label, blobs[i]]));
  const issues: DataIssue[] = [];
  for (const [key, first] of published) {
    const ref = key.replace("/", "@");
    // Removal is judged by data.csv: a version folder without it is no version at all.
    if (!existsSync(join(dataDir, key, "data.csv"))) {
      issues.push({
        file: key,
        message: `published version ${ref} (first published in ${first.slice(0, 10)}) was removed; a published version is never removed`,
      });
      continue;
    }
    for (const file of VERSION_FILES) {
      const commit = file === "meta.json" ? first : (reference.get(key) ?? first);
      const current = existsSync(join(dataDir, key, file)) ? readFileSync(join(dataDir, key, file)) : undefined;
      let sealed = at.get(`${key}|${file}`);
      let what = commit === first ? `as first published in ${commit.slice(0, 10)}` : `as sealed in ${commit.slice(0, 10)}`;
      if (file === "meta.json" && sealed === undefined) {
        // Published before versions carried meta.json: the version sealed the dataset.json of that commit.
        const historic = at.get(`${key}|dataset.json`);
        if (!historic) {
          issues.push({
            file: `${key}/${file}`,
            message: `cannot read the metadata ${ref} was published with (dataset.json in ${first.slice(0, 10)})`,
          });
          continue;
        }
        sealed = Buffer.from(jsonFile(snapshotOf(JSON.parse(historic.toString("utf8")) as DatasetMeta)));
        what = `the snapshot of dataset.json as ${ref} was first published in ${first.slice(0, 10)}`;
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
