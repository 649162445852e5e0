/**
 * @module `GET /v1/openapi.json`: the OpenAPI 3.1 document, generated at build time (`scripts/build/openapi.ts`)
 * and read from the static assets, so that the generator stays out of the worker bundle.
 */
import { Hono } from "hono/tiny";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { DEPLOY } from "../lib/cache-policy";
import { strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";

/** The contract route. */
export const openapi = new Hono<AppEnv>();

/** Where the build writes the document, below the assets root. */
export const OPENAPI_ASSET = "/_api/openapi.json";

const documents = new WeakMap<object, Promise<{ text: string; hash: string }>>();

/** The document's text and the content hash the build stored in it. */
function loadDocument(assets: Fetcher): Promise<{ text: string; hash: string }> {
  let doc = documents.get(assets);
  if (!doc) {
    doc = (async () => {
      const response = await assets.fetch(new Request(`https://assets.local${OPENAPI_ASSET}`));
      if (!response.ok) throw new Error(`assets: ${OPENAPI_ASSET} answered ${response.status}`);
      const text = await response.text();
      const hash = /"x-content-hash":"(sha256-[0-9a-f]{64})"/.exec(text)?.[1] ?? "none";
      return { text, hash };
    })();
    doc.catch(() => documents.delete(assets));
    documents.set(assets, doc);
  }
  return doc;
}

openapi.get("/", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  requireJson(c.req.header("accept") ?? null);
  const { text, hash } = await loadDocument(c.env.ASSETS);
  return represent(c, {
    etag: strongEtag(hash, "openapi"),
    cacheControl: DEPLOY,
    contentType: contentTypeOf("json"),
    body: () => text,
  });
});
