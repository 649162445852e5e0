/**
 * @module The host page server of the old-core tests: a second origin (a blog) that serves one page per path, the
 * probe script (old-core-probe.js) and `/hold` (answered after 250 ms of real time: the probe keeps headless
 * Chromium's virtual clock waiting with it). Its CSP allows scripts and data only from itself and the widgets'
 * origin, and styles only from itself — the policy the gallery tells portals to use.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";

/** A running host server. */
export interface OldCoreHost {
  origin: string;
  /** Serves `html` at `path` from now on. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

const PROBE = readFileSync(join(import.meta.dirname, "old-core-probe.js"));

/** Starts the server on a free loopback port; `widgetOrigin` is the only other origin the CSP allows. */
export async function startOldCoreHost(widgetOrigin: string): Promise<OldCoreHost> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/probe.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(PROBE);
      return;
    }
    if (path === "/hold") {
      const timer = setTimeout(() => response.writeHead(204).end(), 250);
      response.on("close", () => clearTimeout(timer));
      return;
    }
    const body = pages.get(path);
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'none'; script-src 'self' ${widgetOrigin}; connect-src 'self' ${widgetOrigin}; style-src 'self'; img-src 'self' data: ${widgetOrigin}`,
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return {
    // `localhost` rather than 127.0.0.1: another host as well as another port, so another site.
    origin: `http://localhost:${address.port}`,
    put: (path, html) => pages.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
