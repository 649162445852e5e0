/**
 * @module Child processes the benchmarks start (json-server, static servers): started with a known pid, waited for
 * until they answer, and stopped by that pid only.
 */
import { type ChildProcess, spawn } from "node:child_process";

export { freePort, startOnFreePort } from "../../scripts/lib/ports";

/** Spawns `command` and resolves once `probeUrl` answers (any status), or rejects after `timeoutMs`. */
export async function spawnServer(command: string, args: string[], probeUrl: string, timeoutMs = 30_000): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (d) => (log += d));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${log}`);
    try {
      await fetch(probeUrl);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`${command} did not answer within ${timeoutMs} ms: ${log}`);
}

/** Stops a child by its own pid and waits for it to exit. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
