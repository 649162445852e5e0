/**
 * @module `GET /v1/search?q=`: datasets, measures, indicators and views matching a query in Chinese, English or
 * pinyin, ranked, with the ranges that matched. The index is built at build time (`_data/search.json`); the
 * search itself is the pure `lib/search/search.ts`.
 */
import { Hono } from "hono/tiny";
import { SearchQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { SHORT } from "../lib/cache-policy";
import { strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { canonicalQuery, parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import type { SearchIndex } from "../lib/search/index-format";
import { search } from "../lib/search/search";

/** The search route, below `/v1/search`. */
export const searchRoute = new Hono<AppEnv>();

searchRoute.get("/", async (c) => {
  const url = new URL(c.req.url);
  const query = parseQuery(SearchQuery, url);
  requireJson(c.req.header("accept") ?? null);
  const index = await c.var.store.json<SearchIndex>("search.json");
  if (!index) throw new Error("search.json is missing from the data store");
  const o = url.origin;
  return represent(c, {
    etag: strongEtag(index.hash, "search", canonicalQuery(url), o),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
    body: () => {
      const hits = search(index, query.q, { limit: query.limit, kinds: query.kind });
      const results = hits.map(({ api, page, ...hit }) => ({
        ...hit,
        links: { api: o + api, page: { zh: o + page, en: `${o}/en${page}` } },
      }));
      return JSON.stringify({ query: query.q, count: results.length, results });
    },
  });
});
