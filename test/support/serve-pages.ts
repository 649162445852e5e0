/**
 * Global setup of the browser tests, beside serve-worker.ts: two tiny loopback servers of our own.
 *
 * - The **page server** plays a host site on a second origin: it serves test/support/pages/*.html with
 *   `{{API}}` replaced by the worker's origin, under the strict CSP portals use
 *   (`script-src 'self' <api-origin>; style-src 'self'`), plus the harness script that reports to the test.
 * - The **fault server** is our test double of a failing network in front of the real worker: each path
 *   prefix is one fault (500 with problem+json, a stall, malformed JSON, schema-invalid data, and a service
 *   that goes offline after its first success). Everything else is proxied to the worker unchanged.
 *
 * Also reserves a port with nothing listening, for "API down".
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "./serve-worker";

const PAGES = join(import.meta.dirname, "pages");
const MANIFEST = join(import.meta.dirname, "../../.assets/widgets/manifest.json");

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
    });
  });
}

/** Serves the host pages under a strict CSP naming the API's origin; `{{…}}` are filled from `values`. */
export function pageServer(apiBase: string, values: Record<string, string>): Server {
  return createServer((req, res) => {
    const name = (req.url ?? "/").split("?")[0]?.replace(/^\/+/, "") || "index.html";
    if (!/^[a-z0-9-]+\.(html|js|css)$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    let body: string;
    try {
      body = readFileSync(join(PAGES, name), "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = name.endsWith(".html") ? "text/html" : name.endsWith(".js") ? "text/javascript" : "text/css";
    res.writeHead(200, {
      "content-type": `${type}; charset=utf-8`,
      // `blocked-*` pages allow the entry and the views' chunks by exact URL, so the Chart.js chunk is refused.
      "content-security-policy": `script-src 'self' ${name.startsWith("blocked-") ? values.ALLOWED : apiBase}; style-src 'self'`,
      "cache-control": "no-store",
    });
    res.end(body);
  });
}

/** What each fault prefix does to a request; `rest` is the path after the prefix. */
type Fault = (rest: string, req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const cors = { "access-control-allow-origin": "*" };

/** The worker's answer to `rest`, as text. */
async function upstream(apiBase: string, rest: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(`${apiBase}${rest}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "application/json", text: await response.text() };
}

/** The fault server in front of the worker at `apiBase`. */
export function faultServer(apiBase: string): Server {
  const offline = new Set<string>();
  const stalls = new Set<NodeJS.Timeout>();
  const faults: Record<string, Fault> = {
    // RFC 9457 body, as our worker would send it had something failed on its side.
    "/status500": (_rest, _req, res) => {
      res.writeHead(500, { ...cors, "content-type": "application/problem+json" });
      res.end(
        JSON.stringify({
          type: "https://prosperity-atlas.example/problems/internal-error",
          title: "Internal error",
          status: 500,
          detail: "Test double: the store did not answer.",
        }),
      );
    },
    // Answers only after 10 s: the widget's timeout must fire first.
    "/stall": (_rest, _req, res) => {
      const timer = setTimeout(() => {
        stalls.delete(timer);
        res.writeHead(504, cors).end();
      }, 10_000);
      stalls.add(timer);
      res.on("close", () => clearTimeout(timer));
    },
    "/malformed": (_rest, _req, res) => {
      res.writeHead(200, { ...cors, "content-type": "application/json" });
      res.end('{"dataset":"internet-users","rows":[{"region":"CN",');
    },
    // The real response with one value turned into text: valid JSON, invalid data.
    "/invalid": async (rest, _req, res) => {
      const { status, type, text } = await upstream(apiBase, rest);
      const body = JSON.parse(text) as { rows?: { value: unknown }[]; results?: { value: unknown }[] };
      const row = body.rows?.[0] ?? body.results?.[0];
      if (row) row.value = "12x";
      res.writeHead(status, { ...cors, "content-type": type });
      res.end(JSON.stringify(body));
    },
    // `/flaky-<token>/…` proxies until `/_control/offline/<token>`, then drops every connection (until
    // `/_control/online/<token>`).
    "/flaky": async (rest, req, res) => {
      const [token, ...path] = rest.slice(1).split("/");
      if (offline.has(token ?? "")) {
        req.socket.destroy();
        return;
      }
      const { status, type, text } = await upstream(apiBase, `/${path.join("/")}`);
      res.writeHead(status, { ...cors, "content-type": type });
      res.end(text);
    },
  };
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (req.method === "OPTIONS") {
      res.writeHead(204, { ...cors, "access-control-allow-methods": "GET", "access-control-allow-headers": "*" }).end();
      return;
    }
    const control = /^\/_control\/(offline|online)\/([\w-]+)$/.exec(url);
    if (control?.[2]) {
      if (control[1] === "offline") offline.add(control[2]);
      else offline.delete(control[2]);
      res.writeHead(204, cors).end();
      return;
    }
    const prefix = Object.keys(faults).find((p) => url.startsWith(p));
    const fault = prefix ? faults[prefix] : undefined;
    if (!prefix || !fault) {
      res.writeHead(404, cors).end();
      return;
    }
    // "/flaky-abc/v1/…" keeps its token for the fault to read; the others drop their prefix.
    const rest = prefix === "/flaky" ? url.slice(prefix.length).replace(/^-/, "/") : url.slice(prefix.length);
    Promise.resolve(fault(rest, req, res)).catch(() => res.destroy());
  });
  server.on("close", () => {
    for (const timer of stalls) clearTimeout(timer);
  });
  return server;
}

export default async function setup(project: TestProject) {
  const apiBase = project.getProvidedContext().apiBase;
  if (!apiBase) throw new Error("serve-pages.ts must run after serve-worker.ts");
  const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as {
    version: string;
    entry: string;
    alias: string;
    files: { path: string; integrity: string }[];
  };
  const sri = (path: string) => manifest.files.find((f) => f.path === path)?.integrity ?? "";
  const faults = faultServer(apiBase);
  const faultBase = await listen(faults);
  // Every modern chunk but Chart.js's (`chart-<hash>.js`; the chart's view is `chart-view-<hash>.js`).
  const allowed = manifest.files.filter(
    (f) => f.path.startsWith(`${manifest.version}/chunks/`) && !/\/chart-[0-9A-Z]{8}\.js$/.test(f.path),
  );
  const values = {
    API: apiBase,
    FAULT: faultBase,
    ENTRY: manifest.entry,
    SRI_ENTRY: sri(manifest.entry),
    SRI_ALIAS: sri(manifest.alias),
    ALLOWED: [manifest.alias, ...allowed.map((f) => f.path)].map((path) => `${apiBase}/widgets/${path}`).join(" "),
  };
  const pages = pageServer(apiBase, values);
  project.provide("pageBase", await listen(pages));
  project.provide("faultBase", faultBase);
  project.provide("downBase", `http://127.0.0.1:${await freePort()}`);
  return async () => {
    pages.closeAllConnections();
    faults.closeAllConnections();
    await Promise.all([new Promise((r) => pages.close(r)), new Promise((r) => faults.close(r))]);
  };
}
