/**
 * @module Loopback ports for the servers tests and benchmarks start. A port found free can be taken by another
 * process before our server binds it (CI starts several workerd/miniflare instances at once), so starting on a free
 * port retries with a fresh one when the bind is refused.
 */
import { createServer } from "node:net";

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether a server's start failed because its port was taken (workerd, wrangler and Node word it alike). */
export function isPortClash(error: unknown): boolean {
  return /address already in use|EADDRINUSE/i.test(error instanceof Error ? error.message : String(error));
}

/**
 * Calls `start` with a free port; if the port was taken before `start` bound it, tries again with a fresh one
 * (`attempts` in all). Any other failure is thrown at once.
 */
export async function startOnFreePort<T>(start: (port: number) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt >= attempts || !isPortClash(error)) throw error;
    }
  }
}
