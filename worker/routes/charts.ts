/**
 * @module `/v1/charts/*`: server-rendered figures. This worker loads the data exactly as an element would
 * (`…/data.json` with the element's filters, through the app itself) and hands it to the charts Worker
 * (charts/index.ts, `CHARTS` service binding), which draws it — the renderer does not fit this worker's 40 KB budget.
 */
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { HttpProblem } from "../lib/problem";

/** Answers `GET /v1/charts/*`; `app` is the API application, which loads the data (passed in: it imports this module). */
export async function chartRoute(
  c: Context<AppEnv>,
  app: { fetch: (r: Request, env: AppEnv["Bindings"], ctx: ExecutionContext) => Response | Promise<Response> },
) {
  if (!c.env.CHARTS) throw new HttpProblem("not-found", "No charts Worker here (charts/wrangler.toml).");
  const url = new URL(c.req.url);
  const q = url.searchParams;
  // oEmbed: the first row of the dataset the page URL names (its title and latest version).
  const oembed = url.pathname === "/oembed";
  const id = oembed ? /\/datasets\/([a-z0-9-]+)\/?$/.exec(q.get("url") ?? "")?.[1] : q.get("dataset");
  const data = new URL(`/v1/datasets/${encodeURIComponent(id || "-")}${oembed ? "@latest/data.json?limit=1" : "/data.json"}`, url.origin);
  if (!oembed)
    for (const key of ["measure", "region", "group", "period"]) {
      const v = q.get(key);
      if (v) data.searchParams.set(key, v);
    }
  const res = await app.fetch(new Request(data, { headers: { accept: "application/json" } }), c.env, c.executionCtx);
  // The charts Worker checks the parameters first, then draws the data or passes the API's problem on.
  const res2 = await c.env.CHARTS.fetch(
    new Request(c.req.raw.url, {
      method: "POST",
      headers: { "x-pa-data-status": String(res.status), "if-none-match": c.req.header("if-none-match") ?? "" },
      body: res.body,
    }),
  );
  // A service binding's response has immutable headers; the middleware adds its own.
  return new Response(res2.body, res2);
}
