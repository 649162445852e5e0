/**
 * @module The Hono application: middleware, the `/v1` routes, and one error shape for everything.
 */
import { Hono } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "./env";
import { requestLanguage } from "./lib/language";
import { HttpProblem, problemResponse } from "./lib/problem";
import { datasets } from "./routes/datasets";
import { indicators } from "./routes/indicators";
import { regions } from "./routes/regions";
import { root } from "./routes/root";
import { assetsStore } from "./storage/assets-store";
import { type DataStore, memoize } from "./storage/store";

const stores = new WeakMap<object, DataStore>();

/** One memoized store per binding object, so parsed blocks survive across requests in an isolate. */
function storeFor(env: Env): DataStore {
  let store = stores.get(env.ASSETS);
  if (!store) {
    store = memoize(assetsStore(env.ASSETS));
    stores.set(env.ASSETS, store);
  }
  return store;
}

/** Longest request URL we accept; longer ones are 414 before any parsing. */
const MAX_URL_LENGTH = 4096;

/** The API application. */
export const app = new Hono<AppEnv>();

app.use("*", async (c, next) => {
  const url = new URL(c.req.url);
  c.set("lang", requestLanguage(url, c.req.header("accept-language")));
  if (c.req.url.length > MAX_URL_LENGTH) throw new HttpProblem("uri-too-long", `The URL is longer than ${MAX_URL_LENGTH} characters.`);
  c.set("store", storeFor(c.env));
  await next();
});

app.use(
  "/v1/*",
  cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    exposeHeaders: ["ETag", "Link", "Content-Location", "RateLimit", "RateLimit-Policy", "Retry-After", "Deprecation", "Sunset"],
    maxAge: 86400,
  }),
);
app.use("/v1", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"] }));

app.route("/v1", root);
app.route("/v1/datasets", datasets);
app.route("/v1/regions", regions);
app.route("/v1/indicators", indicators);

app.on(["POST", "PUT", "PATCH", "DELETE"], ["/v1", "/v1/*"], () => {
  throw new HttpProblem("method-not-allowed", "The API is read-only: use GET, HEAD or OPTIONS.", {}, { allow: "GET, HEAD, OPTIONS" });
});

app.notFound((c) =>
  problemResponse(new HttpProblem("not-found", `Nothing at ${new URL(c.req.url).pathname}. Start at /v1.`), c.var.lang ?? "en", c.req.path),
);

app.onError((error, c) => {
  const lang = c.var.lang ?? "en";
  if (error instanceof HttpProblem) return problemResponse(error, lang, c.req.path);
  console.error("unhandled", error);
  return problemResponse(new HttpProblem("internal-error", "Something failed on our side; it has been logged."), lang, c.req.path);
});
