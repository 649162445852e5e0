/**
 * @module The Hono application: middleware, the `/v1` routes, and one error shape for everything.
 */

import { cors } from "hono/cors";
// hono/tiny: the PatternRouter alone (the default Hono bundles RegExpRouter, TrieRouter and SmartRouter): 2.4 KB gzip
// less, within the 40 KB budget; ~30 routes are matched in microseconds either way. Every sub-app imports it too.
import { Hono } from "hono/tiny";
import type { AppEnv } from "./env";
import { HttpProblem, problemResponse } from "./lib/problem";
import { dataStore } from "./middleware/data-store";
import { deprecate } from "./middleware/deprecation";
import { language } from "./middleware/language";
import { rateLimit, rateLimitPolicy } from "./middleware/rate-limit";
import { readOnly } from "./middleware/read-only";
import { requestLimits } from "./middleware/request-limits";
import { securityHeaders } from "./middleware/security-headers";
import { RETIRED } from "./retired";
import { chartRoute } from "./routes/charts";
import { data } from "./routes/data";
import { datasets } from "./routes/datasets";
import { diff } from "./routes/diff";
import { documents } from "./routes/documents";
import { downloads } from "./routes/downloads";
import { indicators } from "./routes/indicators";
import { mcpRoute } from "./routes/mcp";
import { openapi } from "./routes/openapi";
import { regions } from "./routes/regions";
import { root } from "./routes/root";
import { searchRoute } from "./routes/search";

/** The API application. */
export const app = new Hono<AppEnv>();

/** Headers a cross-origin script may read. */
const EXPOSED = ["ETag", "Link", "Content-Location", "RateLimit", "RateLimit-Policy", "Retry-After", "Deprecation", "Sunset", "Vary"];

// Order matters: CORS and security headers wrap everything, so errors from the guard and the limiter carry them.
app.use("*", securityHeaders());
app.use("/v1/*", rateLimitPolicy());
app.use("/v1/*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: EXPOSED, maxAge: 86400 }));

// The language first, so that every problem below speaks it; absurd requests are refused before any work.
app.use("*", language());
app.use("*", requestLimits());
app.use("*", dataStore());
app.use("/v1/*", rateLimit());
// Any method but GET, HEAD and OPTIONS (answered by CORS above), known to HTTP or not: 405 with Allow.
app.use("/v1/*", readOnly());
app.use("/mcp", rateLimit());
// A trailing slash names no resource (`/v1/datasets/` is not the catalog, nor a dataset with an empty id).
app.use("/v1/*", async (c, next) => {
  if (c.req.path.length > 4 && c.req.path.endsWith("/")) throw new HttpProblem("not-found", `Nothing at ${c.req.path.slice(0, 200)}.`);
  await next();
});

for (const { path, retirement } of RETIRED) app.use(path, deprecate(retirement));

app.route("/v1", root);
app.route("/v1/openapi.json", openapi);
app.route("/v1/datasets", datasets);
app.route("/v1/datasets", data);
app.route("/v1/datasets", downloads);
app.route("/v1/datasets", diff);
app.route("/v1/regions", regions);
app.route("/v1/indicators", indicators);
app.route("/mcp", mcpRoute);
app.route("/v1/search", searchRoute);
app.route("/v1", documents);
// Figures and oEmbed are answered by the charts Worker (service binding), from data this app loads.
app.get("/v1/charts/*", (c) => chartRoute(c, app));
app.get("/oembed", (c) => chartRoute(c, app));

app.on(["POST", "PUT", "PATCH", "DELETE"], ["/v1", "/v1/*"], () => {
  throw new HttpProblem(
    "method-not-allowed",
    "The API is read-only: use GET, HEAD or OPTIONS.",
    { allowed: ["GET", "HEAD", "OPTIONS"] },
    { allow: "GET, HEAD, OPTIONS" },
  );
});

app.notFound((c) =>
  problemResponse(
    new HttpProblem("not-found", `Nothing at ${new URL(c.req.url).pathname.slice(0, 200)}. Start at /v1.`),
    c.var.lang ?? "en",
    c.req.path,
  ),
);

app.onError((error, c) => {
  const lang = c.var.lang ?? "en";
  if (error instanceof HttpProblem) return problemResponse(error, lang, c.req.path);
  console.error("unhandled", error);
  return problemResponse(new HttpProblem("internal-error", "Something failed on our side; it has been logged."), lang, c.req.path);
});
