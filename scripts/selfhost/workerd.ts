/**
 * @module Starts `workerd serve` on a prepared config (scripts/selfhost/prepare.ts) and waits until it answers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../lib/paths";

/** A running workerd. */
export interface Workerd {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Where it listens, where the assets are, and whether its log goes to this process's output. */
export interface WorkerdOptions {
  host: string;
  port: number;
  assets: string;
  log?: "inherit" | "ignore";
}

/** Starts workerd with `config`; resolves when `/v1` answers 200 (rejects after 60 s or if workerd exits). */
export async function startWorkerd(config: string, options: WorkerdOptions): Promise<Workerd> {
  const child = spawn(
    join(ROOT, "node_modules/.bin/workerd"),
    ["serve", config, "--socket-addr", `http=${options.host}:${options.port}`, "--directory-path", `assets-disk=${options.assets}`],
    { stdio: ["ignore", options.log ?? "ignore", options.log === "inherit" ? "inherit" : "pipe"] },
  );
  let log = "";
  child.stderr?.on("data", (d) => (log = (log + d).slice(-4000)));
  const origin = `http://${options.host === "0.0.0.0" ? "127.0.0.1" : options.host}:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}): ${log}`);
    try {
      if ((await fetch(`${origin}/v1`)).ok) return { origin, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`workerd did not answer in 60 s: ${log}`);
}
