/**
 * The build publishes `.assets` by swapping in a finished staging folder (scripts/build.ts), so that `wrangler dev`,
 * which serves `.assets` while re-building on every edit, never reads a half-written tree.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeAbandoned, swapIn } from "../../scripts/lib/swap-dir";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pa-swap-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tree = (root: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
};

describe("swapIn", () => {
  it("should replace the published tree with the finished one, leaving nothing of the old tree behind", () => {
    tree(join(dir, ".assets"), { "index.html": "old", "indicators/cv/index.html": "old cv" });
    tree(join(dir, ".assets.next"), { "index.html": "new" });
    swapIn(join(dir, ".assets.next"), join(dir, ".assets"));
    expect(readFileSync(join(dir, ".assets/index.html"), "utf8")).toBe("new");
    expect(existsSync(join(dir, ".assets/indicators"))).toBe(false);
    expect(readdirSync(dir)).toEqual([".assets"]);
  });

  it("should publish the first build when nothing was published yet", () => {
    tree(join(dir, ".assets.next"), { "index.html": "first" });
    swapIn(join(dir, ".assets.next"), join(dir, ".assets"));
    expect(readFileSync(join(dir, ".assets/index.html"), "utf8")).toBe("first");
    expect(readdirSync(dir)).toEqual([".assets"]);
  });

  it("should leave the published tree whole when there is no finished tree to swap in", () => {
    tree(join(dir, ".assets"), { "index.html": "last good" });
    expect(() => swapIn(join(dir, ".assets.next"), join(dir, ".assets"))).toThrow();
    // The old tree was moved aside and must come back: a failed swap may not unpublish the site.
    expect(readFileSync(join(dir, ".assets/index.html"), "utf8")).toBe("last good");
  });

  it("should remove the staging folders of builds that no longer run, and keep a running build's", () => {
    // Pids that cannot be running (above Linux's pid_max), and a running one (this test's parent process).
    tree(join(dir, ".assets.next-4194305"), { "index.html": "abandoned" });
    tree(join(dir, ".assets.old-4194306"), { "index.html": "abandoned" });
    tree(join(dir, `.assets.next-${process.ppid}`), { "index.html": "a build still running" });
    tree(join(dir, ".assets"), { "index.html": "published" });
    removeAbandoned(dir);
    expect(readdirSync(dir).sort()).toEqual([".assets", `.assets.next-${process.ppid}`]);
  });
});
