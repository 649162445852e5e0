/**
 * Global setup of the browser tests: serves the real workers (API with its static assets, and MCP) through `wrangler dev`
 * on a free loopback port, and provides its URL to the tests as `apiBase`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import type { TestProject } from "vitest/node";
import { startOnFreePort } from "../../scripts/lib/ports";

export { freePort } from "../../scripts/lib/ports";

/** Starts `wrangler dev` and waits until `/v1` answers. */
export async function startWorker(port: number): Promise<ChildProcess> {
  const child = spawn(
    "./node_modules/.bin/wrangler",
    // All three workers: the API (with the site), the MCP server its /mcp route forwards to, and the charts Worker.
    [
      "dev",
      "-c",
      "wrangler.toml",
      "-c",
      "mcp/wrangler.toml",
      "-c",
      "charts/wrangler.toml",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--show-interactive-dev-session=false",
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, PA_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false", CI: "true" },
    },
  );
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited: ${log}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v1`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`wrangler dev did not start in 60 s: ${log}`);
}

export default async function setup(project: TestProject) {
  // Another process can take the port between finding it free and wrangler binding it: then a fresh port.
  const { port, child } = await startOnFreePort(async (port) => ({ port, child: await startWorker(port) }));
  project.provide("apiBase", `http://127.0.0.1:${port}`);
  return () => {
    child.kill("SIGTERM");
  };
}
