/**
 * @module Publishing a finished folder in place of another: two renames on one file system, so a reader of the
 * published path sees the old tree or the new one, never a half-written or missing one (except between the two
 * renames, microseconds).
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Replaces `published` with `ready` (both on one file system); the previous `published` is deleted afterwards.
 * When another process publishes between our two renames, its tree stays and ours is discarded (returns false).
 */
export function swapIn(ready: string, published: string): boolean {
  if (!existsSync(ready)) throw new Error(`swapIn: ${ready} does not exist; ${published} is left as it is`);
  const previous = `${published}.old-${process.pid}`;
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(published);
  if (hadPrevious) renameSync(published, previous);
  try {
    renameSync(ready, published);
  } catch (error) {
    if (existsSync(published)) {
      // Another build published meanwhile: a whole tree is in place, so ours gives way.
      for (const dir of [ready, previous]) rmSync(dir, { recursive: true, force: true });
      return false;
    }
    // Never leave the site unpublished: the previous tree goes back.
    if (hadPrevious) renameSync(previous, published);
    throw error;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  return true;
}

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the staging and moved-aside folders (`.assets.next-<pid>`, `.assets.old-<pid>`) below `root` of builds
 * that are no longer running — a build that failed or was killed leaves its folder behind.
 */
export function removeAbandoned(root: string): void {
  for (const name of readdirSync(root)) {
    const pid = /^\.assets\.(?:next|old)-(\d+)$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !running(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }
}
