/**
 * @module `GET /v1/datasets/{id}@{version}/data.parquet`: the version as Apache Parquet, a file the build wrote
 * (scripts/build/parquet.ts), served as it is from the static assets — immutable for an exact version, byte
 * ranges honoured for readers that fetch the footer first.
 */
import { Hono } from "hono/tiny";
import { VersionQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { PARQUET_TYPE } from "../lib/datapackage";
import { strongEtag } from "../lib/etag";
import { exactLinks } from "../lib/links";
import { HttpProblem } from "../lib/problem";
import { parseQuery } from "../lib/query";
import { serveFile } from "../lib/static-file";
import { resolveRef } from "../storage/catalog";

/** Routes below `/v1/datasets` that serve build-time files. */
export const downloads = new Hono<AppEnv>();

downloads.get("/:ref/data.parquet", async (c) => {
  const url = new URL(c.req.url);
  const { asOf } = parseQuery(VersionQuery, url);
  const { id, version, exact, spec } = await resolveRef(c.var.store, c.req.param("ref"), asOf);
  const links = exactLinks(url.origin, id, version.version);
  const link = [`<${links.all.datapackage}>; rel="describedby"`];
  if (!exact) link.push(`<${links.all.parquet}>; rel="canonical"`);
  const file = await serveFile(c.env.ASSETS, c.req.raw, `${id}/${version.version}/data.parquet`, {
    etag: strongEtag(version.files?.parquet.hash ?? version.hash, "parquet", spec),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: PARQUET_TYPE,
    headers: {
      "content-disposition": `attachment; filename="${id}-${version.version}.parquet"`,
      link: link.join(", "),
      ...(exact ? {} : { "content-location": `${links.path}/data.parquet` }),
    },
  });
  if (!file) throw new HttpProblem("not-found", `${id}@${version.version} has no Parquet file in this deployment.`);
  return file;
});
