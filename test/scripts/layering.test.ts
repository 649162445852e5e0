/**
 * The layering is enforced, not hoped for: `npm run lint:deps` (dependency-cruiser with `.dependency-cruiser.cjs`,
 * run by `npm run check` and `.ci/run`) passes on a tidy tree and fails on a planted cycle — one made of type
 * imports only, too — and on a planted worker → widgets import. Each case runs the real script with the real
 * config in a temporary copy of the repository's essentials, removed afterwards.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/paths";

/** Every folder `lint:deps` names must exist; each gets one harmless module. */
/** The folders `npm run lint:deps` cruises, read from the script itself so that the tree below has each of them. */
const FOLDERS =
  (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts["lint:deps"] as string)
    .replace(/^depcruise\s+/, "")
    .split(" --")[0]
    ?.split(/\s+/) ?? [];

let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A temporary tree with the real script, config and TypeScript settings, and `files` planted on a tidy base. */
function tree(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "pa-layering-"));
  for (const name of ["package.json", ".dependency-cruiser.cjs", "tsconfig.base.json"]) copyFileSync(join(ROOT, name), join(dir, name));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const base: Record<string, string> = {
    "schemas/id.ts": "export type Id = string;\n",
    "worker/lib/plain.ts": 'import type { Id } from "../../schemas/id";\nexport const plain = (id: Id): Id => id;\n',
    "worker/app.ts": 'import { plain } from "./lib/plain";\nexport const app = plain("a");\n',
    "widgets/element.ts": 'import type { Id } from "../schemas/id";\nexport const element = (id: Id) => id;\n',
  };
  for (const folder of FOLDERS) base[`${folder}/keep.ts`] = "export const keep = 1;\n";
  for (const [path, text] of Object.entries({ ...base, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `npm run lint:deps` in `cwd`: its exit status and what it printed. */
function lintDeps(cwd: string): { status: number; output: string } {
  try {
    const output = execFileSync("npm", ["run", "--silent", "lint:deps"], { cwd, encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe("npm run lint:deps", () => {
  it("should pass on a tidy tree (so a failure below is the planted fault's)", () => {
    // Both Workers beside the API (charts, mcp) are cruised too.
    expect(FOLDERS).toEqual(expect.arrayContaining(["worker", "widgets", "schemas", "figure", "charts", "mcp"]));
    const result = lintDeps(tree({}));
    expect(result.output).not.toMatch(/error/);
    expect(result.status).toBe(0);
  }, 60_000);

  // One run for every planted fault (each run costs seconds of CPU on a shared machine); each must be reported.
  it("should fail on a type-only cycle, a worker → widgets import and a worker/lib that imports Hono or storage", () => {
    const result = lintDeps(
      tree({
        "worker/a.ts": 'import type { B } from "./b";\nexport interface A { b?: B }\n',
        "worker/b.ts": 'import type { A } from "./a";\nexport interface B { a?: A }\n',
        "worker/app.ts": 'import { element } from "../widgets/element";\nexport const app = element("a");\n',
        "worker/storage/store.ts": "export const store = 1;\n",
        "worker/lib/plain.ts":
          'import type { Context } from "hono";\nimport { store } from "../storage/store";\nexport const plain = (c?: Context) => (c ? store : 0);\n',
      }),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/no-cycles: worker\/(a|b)\.ts/);
    expect(result.output).toMatch(/worker-not-widgets: worker\/app\.ts → widgets\/element\.ts/);
    expect(result.output).toMatch(/worker-lib-is-plain: worker\/lib\/plain\.ts → worker\/storage\/store\.ts/);
    // Hono resolves through the symlinked node_modules, so its path is printed from the real folder.
    expect(result.output).toMatch(/worker-lib-is-plain: worker\/lib\/plain\.ts → \S*node_modules\/hono\//);
  }, 60_000);
});

describe("npm run check and CI", () => {
  it("should run lint:deps", () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.check).toMatch(/npm run lint:deps/);
    expect(readFileSync(join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm run lint:deps$/m);
  });
});
