/**
 * Starting a server on a free port when another process takes that port first — what failed CI once: wrangler
 * dev exited with "Address already in use" because the port found free was bound by someone else in between.
 */
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isPortClash, startOnFreePort } from "../../scripts/lib/ports";

const servers: Server[] = [];
const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      servers.push(server);
      resolve(server);
    });
  });

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe("startOnFreePort", () => {
  it("should start on a fresh port when the first one is taken before the server binds it", async () => {
    const tried: number[] = [];
    const server = await startOnFreePort(async (port) => {
      tried.push(port);
      // The first time, a thief binds the port between "found free" and our bind.
      if (tried.length === 1) await listen(port);
      return listen(port);
    });
    expect(tried).toHaveLength(2);
    expect(tried[1]).not.toBe(tried[0]);
    expect(server.listening).toBe(true);
  });

  it("should throw a failure other than a port clash at once", async () => {
    let calls = 0;
    const start = async () => {
      calls++;
      throw new Error("workerd exited (1): bad config");
    };
    await expect(startOnFreePort(start)).rejects.toThrow("bad config");
    expect(calls).toBe(1);
  });

  it("should give up after the given number of clashes", async () => {
    let calls = 0;
    const start = async () => {
      calls++;
      throw new Error("Address already in use (127.0.0.1:38403)");
    };
    await expect(startOnFreePort(start, 3)).rejects.toThrow("Address already in use");
    expect(calls).toBe(3);
  });

  it("should know the clash as workerd, wrangler and Node word it", () => {
    expect(isPortClash(new Error("::bind(sockfd, &addr.generic, addrlen): Address already in use"))).toBe(true);
    expect(isPortClash(new Error("listen EADDRINUSE: address already in use 127.0.0.1:1"))).toBe(true);
    expect(isPortClash(new Error("ECONNREFUSED"))).toBe(false);
  });
});
