/**
 * @module A blank page on a second origin (another loopback port), as a blog would be: it serves whatever HTML a
 * test puts at a path, under a strict Content-Security-Policy that allows scripts and data only from the widget's
 * origin — the policy the gallery tells portals to use.
 */
import { createServer, type Server } from "node:http";

/** A running second-origin server. */
export interface SecondOrigin {
  origin: string;
  /** Serves `html` at `path` from now on. */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port; `widgetOrigin` is the only other origin the CSP allows. */
export async function startSecondOrigin(widgetOrigin: string): Promise<SecondOrigin> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const body = pages.get(new URL(request.url ?? "/", "http://x").pathname);
    if (body === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; img-src data: ${widgetOrigin}`,
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return {
    // `localhost` rather than 127.0.0.1: a different host as well as a different port, so a different site.
    origin: `http://localhost:${address.port}`,
    put: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
