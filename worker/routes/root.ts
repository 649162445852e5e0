/**
 * @module `GET /v1`: the entry point, with links to everything.
 */
import { Hono } from "hono";
import { LangQuery } from "../../schemas";
import type { AppEnv } from "../env";
import { parseQuery } from "../lib/query";

/** The `/v1` index route. */
export const root = new Hono<AppEnv>();

root.get("/", (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const origin = new URL(c.req.url).origin;
  c.header("cache-control", "public, max-age=3600");
  return c.json({
    name: "Prosperity Atlas API",
    version: "v1",
    description: {
      zh: "数字经济与共同富裕开放数据：版本化数据集与可复现的指标。",
      en: "Open data on China's digital economy and common prosperity: versioned datasets and reproducible indicators.",
    },
    links: {
      datasets: `${origin}/v1/datasets`,
      regions: `${origin}/v1/regions`,
      docs: `${origin}/docs/api`,
      widgets: `${origin}/widgets/v1.js`,
    },
  });
});
