/**
 * Every dataset in the catalog has a page, in both languages, whose schema.org `Dataset` JSON-LD parses and says
 * what the catalog says: name, description, version, licence, measures, coverage, and downloads that answer.
 */
import * as v from "valibot";
import { describe, expect, inject, it } from "vitest";
import { fetchCatalog } from "./support/catalog";

const apiBase = inject("apiBase");
const datasets = await fetchCatalog(apiBase);

const Url = v.pipe(v.string(), v.minLength(1));
/** The parts of schema.org `Dataset` that search engines require or recommend, as we publish them. */
const DatasetLd = v.object({
  "@context": v.literal("https://schema.org"),
  "@type": v.literal("Dataset"),
  name: v.string(),
  description: v.pipe(v.string(), v.minLength(50), v.maxLength(5000)),
  url: Url,
  identifier: v.string(),
  version: v.string(),
  datePublished: v.pipe(v.string(), v.isoDate()),
  dateModified: v.pipe(v.string(), v.isoDate()),
  isAccessibleForFree: v.literal(true),
  license: v.union([Url, v.object({ "@type": v.literal("CreativeWork"), name: v.string() })]),
  creator: v.object({ "@type": v.literal("Organization"), name: v.string() }),
  keywords: v.array(v.string()),
  variableMeasured: v.array(v.object({ "@type": v.literal("PropertyValue"), propertyID: v.string(), name: v.string() })),
  temporalCoverage: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2})?\/\d{4}(-\d{2})?$/))),
  distribution: v.pipe(
    v.array(v.object({ "@type": v.literal("DataDownload"), encodingFormat: v.string(), contentUrl: Url })),
    v.minLength(3),
  ),
});

/** The JSON-LD blocks of an HTML document. */
function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] as string));
}

describe.each(["zh", "en"] as const)("dataset pages (%s)", (lang) => {
  it.each(datasets.map((d) => [d.id, d] as const))("%s should have a page with valid Dataset JSON-LD", async (id, entry) => {
    const pageUrl = `${apiBase}${lang === "en" ? "/en" : ""}/datasets/${id}/`;
    const response = await fetch(pageUrl);
    expect(response.status).toBe(200);
    const blocks = jsonLdBlocks(await response.text());
    expect(blocks).toHaveLength(1);
    const ld = v.parse(DatasetLd, blocks[0]);
    expect(ld.name).toBe(entry.title[lang]);
    expect(ld.description).toBe(entry.description[lang]);
    expect(ld.identifier).toBe(id);
    expect(ld.version).toBe(entry.versions[0]?.version);
    expect(ld.variableMeasured.map((m) => m.propertyID)).toEqual(entry.measures.map((m) => m.id));
    expect(new URL(ld.url, pageUrl).href).toBe(pageUrl);
    for (const download of ld.distribution) {
      const file = await fetch(new URL(download.contentUrl, pageUrl));
      expect(file.status, download.contentUrl).toBe(200);
      expect(file.headers.get("content-type"), download.contentUrl).toContain(
        download.encodingFormat.includes("csv") ? "text/csv" : download.encodingFormat.includes("parquet") ? "parquet" : "json",
      );
      await file.arrayBuffer();
    }
  });
});
