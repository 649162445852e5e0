/**
 * @module Linux process facts from /proc: child processes and resident memory (the runtime's real footprint).
 */
import { readdirSync, readFileSync } from "node:fs";

/** Parent pid and command name of `pid`, or undefined when it is gone. */
function stat(pid: number): { ppid: number; comm: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm is in parentheses and may contain spaces: split after the last ')'.
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const ppid = Number(text.slice(close + 2).split(" ")[1]);
    return { ppid, comm };
  } catch {
    return undefined;
  }
}

/** Pids of all descendants of `root` whose command name contains `name`. */
export function descendants(root: number, name: string): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    parents.set(pid, s.ppid);
    names.set(pid, s.comm);
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  return [...names].filter(([pid, comm]) => comm.includes(name) && isDescendant(pid)).map(([pid]) => pid);
}

/** Resident and peak resident memory of `pid` in bytes (VmRSS, VmHWM), or undefined when it is gone. */
export function memoryOf(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kb("VmRSS"), peak: kb("VmHWM") };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) consumed so far by `pid`, in milliseconds. */
export function cpuTimeOf(pid: number): number {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // Fields 14 and 15 of stat (utime, stime) are at index 11 and 12 after the comm; clock ticks are 100 Hz on Linux.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
