/**
 * @module `/v1/charts/*` and `/oembed`: answered by the charts Worker (charts/index.ts, `CHARTS` service binding) —
 * the renderer does not fit this worker's 40 KB budget. The charts Worker checks the request and names the data it
 * needs (`x-pa-data`, an API path such as `…/data.json?measure=…`); this worker loads it through the app itself,
 * exactly as an element would, and posts it back to be drawn.
 */
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { HttpProblem } from "../lib/problem";

type App = { fetch: (r: Request, env: AppEnv["Bindings"], ctx: ExecutionContext) => Response | Promise<Response> };

/** Forwards a figure or oEmbed request to the charts Worker with the data it asks for; `app` is the API application. */
export async function chartRoute(c: Context<AppEnv>, app: App) {
  const charts = c.env.CHARTS;
  if (!charts) throw new HttpProblem("not-found", "No charts Worker here (charts/wrangler.toml).");
  let res = await charts.fetch(c.req.raw);
  const need = res.headers.get("x-pa-data");
  if (need) {
    // A fresh request without the reader's headers: no CF-Connecting-IP, so the rate limiter does not count this
    // internal hop a second time (test/worker/charts-rate-limit.test.ts).
    const data = await app.fetch(new Request(new URL(need, c.req.url)), c.env, c.executionCtx);
    res = await charts.fetch(c.req.url, {
      method: "POST",
      headers: { "x-pa-data-status": `${data.status}`, "if-none-match": c.req.header("if-none-match") ?? "" },
      body: data.body,
    });
  }
  // A service binding's response has immutable headers; the middleware adds its own.
  return new Response(res.body, res);
}
