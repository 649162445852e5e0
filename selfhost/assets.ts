/**
 * @module The static-assets service of a self-hosted deployment (workerd without Cloudflare): what the `ASSETS`
 * binding and Cloudflare's asset routing do, over a directory on disk (`.assets/`, served to this worker by a
 * workerd `disk` service bound as `DISK`). GET and HEAD only; a path ending in `/` serves its `index.html`, a
 * directory without the slash redirects to it; content types by extension; `_headers` applied as on Cloudflare.
 */
import { type HeaderRule, headersFor, parseHeaders } from "./headers-rules";

interface Env {
  DISK: Fetcher;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  xml: "application/xml",
  map: "application/json",
  ts: "text/plain; charset=utf-8",
  woff2: "font/woff2",
};

let rules: Promise<HeaderRule[]> | undefined;

/** A file from the disk service, or undefined when there is none (directories are not files). */
async function file(env: Env, path: string, method: string): Promise<Response | undefined> {
  if (path.endsWith("/")) return undefined;
  const response = await env.DISK.fetch(`http://disk${path}`, { method });
  // The disk service sends files as application/octet-stream and lists a directory as application/json; a
  // directory is not an asset.
  if (!response.ok || response.headers.get("content-type")?.startsWith("application/json")) return undefined;
  return response;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "GET" && request.method !== "HEAD") return new Response(null, { status: 405, headers: { allow: "GET, HEAD" } });
    const url = new URL(request.url);
    const path = url.pathname;
    // The disk service refuses dot segments and dotfiles itself; encoded ones are refused here.
    if (/%2e|%2f|%5c/i.test(path)) return new Response("Not Found", { status: 404 });
    const served = path.endsWith("/") ? `${path}index.html` : path;
    let body = await file(env, served, request.method);
    if (!body && !path.endsWith("/") && (await file(env, `${path}/index.html`, "HEAD")))
      return new Response(null, { status: 307, headers: { location: `${path}/${url.search}` } });
    if (!body) return new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    rules ??= env.DISK.fetch("http://disk/_headers").then(async (r) => (r.ok ? parseHeaders(await r.text()) : []));
    const headers = new Headers({ "content-type": TYPES[served.split(".").at(-1) ?? ""] ?? "application/octet-stream" });
    const length = body.headers.get("content-length");
    if (length) headers.set("content-length", length);
    for (const [name, value] of headersFor(await rules, path)) headers.set(name, value);
    body = new Response(request.method === "HEAD" ? null : body.body, { status: 200, headers });
    return body;
  },
};
