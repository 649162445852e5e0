/**
 * @module `GET /v1`: the entry point, with links to everything.
 */
import { Hono } from "hono/tiny";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { DEPLOY } from "../lib/cache-policy";
import { fnv1a, strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";

/** The `/v1` index route. */
export const root = new Hono<AppEnv>();

const links = (origin: string) => ({
  datasets: `${origin}/v1/datasets`,
  regions: `${origin}/v1/regions`,
  openapi: `${origin}/v1/openapi.json`,
  docs: `${origin}/docs/api`,
  widgets: `${origin}/widgets/v1.js`,
});

const body = (origin: string) => ({
  name: "Prosperity Atlas API",
  version: "v1",
  description: {
    zh: "数字经济与共同富裕开放数据：版本化数据集与可复现的指标。",
    en: "Open data on China's digital economy and common prosperity: versioned datasets and reproducible indicators.",
  },
  links: links(origin),
});

// The body is fixed by the deployed code (apart from the origin): hash it once per isolate, not per request.
const CODE_HASH = fnv1a(JSON.stringify(body(""))).padEnd(32, "0");

root.get("/", (c) => {
  const url = new URL(c.req.url);
  parseQuery(LangQuery, url);
  requireJson(c.req.header("accept") ?? null);
  return represent(c, {
    etag: strongEtag(CODE_HASH, "root", url.origin),
    cacheControl: DEPLOY,
    contentType: contentTypeOf("json"),
    body: () => JSON.stringify(body(url.origin)),
  });
});
