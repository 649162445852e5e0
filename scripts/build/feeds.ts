/**
 * @module Build step: the change feeds — Atom 1.0 (RFC 4287) and JSON Feed 1.1 — with one entry per published
 * version (newest first): its release date, change note (English and Chinese), content hash, and links to the page,
 * the data, the descriptor and the diff from the previous version. One feed for the catalog, one per dataset.
 */
import type { Catalog, CatalogEntry, PublishedVersion } from "../../schemas";
import { ORIGIN } from "../../worker/lib/static-document";

const NAME = "Prosperity Atlas 共富图谱";

/** One version with what the feeds say about it. */
interface FeedItem {
  entry: CatalogEntry;
  version: PublishedVersion;
  previous?: PublishedVersion;
}

/** Versions of one dataset or of all, newest release first (then highest version, then id). */
function itemsOf(catalog: Catalog, id?: string): FeedItem[] {
  const items = catalog.datasets
    .filter((d) => !id || d.id === id)
    .flatMap((entry) => entry.versions.map((version, i) => ({ entry, version, previous: entry.versions[i + 1] })));
  return items.sort(
    (a, b) =>
      b.version.published.localeCompare(a.version.published) ||
      b.version.version.localeCompare(a.version.version, "en", { numeric: true }) ||
      a.entry.id.localeCompare(b.entry.id),
  );
}

/** The URLs one item links to. */
function linksOf({ entry, version, previous }: FeedItem) {
  const exact = `${ORIGIN}/v1/datasets/${entry.id}@${version.version}`;
  return {
    id: exact,
    page: `${ORIGIN}/en/datasets/${entry.id}/#v${version.version}`,
    data: `${exact}/data.csv`,
    datapackage: `${exact}/datapackage.json`,
    diff: previous ? `${ORIGIN}/v1/datasets/${entry.id}/diff?from=${previous.version}&to=${version.version}` : undefined,
  };
}

const day = (date: string) => `${date}T00:00:00Z`;
const titleOf = ({ entry, version }: FeedItem) => `${entry.title.en} (${entry.title.zh}) ${version.version}`;
const textOf = (item: FeedItem) =>
  [
    item.version.changes.en,
    item.version.changes.zh,
    item.version.corrects ? `Corrects ${item.version.corrects}.` : "",
    `Content hash of data.csv: ${item.version.hash}`,
  ]
    .filter(Boolean)
    .join("\n\n");

/** The feed's own paths and title, for the catalog or one dataset. */
function feedOf(catalog: Catalog, id?: string) {
  const entry = id ? catalog.datasets.find((d) => d.id === id) : undefined;
  const base = entry ? `${ORIGIN}/v1/datasets/${entry.id}/changes` : `${ORIGIN}/v1/changes`;
  return {
    base,
    home: entry ? `${ORIGIN}/en/datasets/${entry.id}/` : `${ORIGIN}/en/datasets/`,
    title: entry ? `${NAME}: new versions of ${entry.title.en}` : `${NAME}: new dataset versions`,
    description: entry
      ? `Every published version of ${entry.id}, with what changed and its content hash.`
      : "Every published version of every dataset, with what changed and its content hash. Published versions never change; a correction is a new version.",
  };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] as string);

/** The Atom 1.0 feed of the catalog, or of one dataset. */
export function atomFeed(catalog: Catalog, id?: string): string {
  const feed = feedOf(catalog, id);
  const items = itemsOf(catalog, id);
  const updated = items[0]?.version.published ?? catalog.generated.slice(0, 10);
  const x = escapeXml;
  const entries = items.map((item) => {
    const l = linksOf(item);
    return [
      "  <entry>",
      `    <id>${x(l.id)}</id>`,
      `    <title>${x(titleOf(item))}</title>`,
      `    <updated>${day(item.version.published)}</updated>`,
      `    <published>${day(item.version.published)}</published>`,
      `    <link rel="alternate" type="text/html" href="${x(l.page)}"/>`,
      `    <link rel="enclosure" type="text/csv" href="${x(l.data)}"/>`,
      `    <link rel="describedby" type="application/json" href="${x(l.datapackage)}"/>`,
      ...(l.diff ? [`    <link rel="related" type="application/json" title="diff" href="${x(l.diff)}"/>`] : []),
      ...item.entry.themes.map((t) => `    <category term="${x(t)}"/>`),
      `    <summary xml:lang="en">${x(item.version.changes.en)}</summary>`,
      `    <content type="text">${x(textOf(item))}</content>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${x(feed.base)}.atom</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.description)}</subtitle>`,
    `  <updated>${day(updated)}</updated>`,
    `  <author><name>${x(NAME)}</name><uri>${x(`${ORIGIN}/`)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.base)}.atom"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.home)}"/>`,
    `  <link rel="alternate" type="application/feed+json" href="${x(feed.base)}.json"/>`,
    `  <generator uri="${x(`${ORIGIN}/v1`)}">Prosperity Atlas build</generator>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** The JSON Feed 1.1 of the catalog, or of one dataset. */
export function jsonFeed(catalog: Catalog, id?: string): string {
  const feed = feedOf(catalog, id);
  const items = itemsOf(catalog, id).map((item) => {
    const l = linksOf(item);
    return {
      id: l.id,
      url: l.page,
      title: titleOf(item),
      summary: item.version.changes.en,
      content_text: textOf(item),
      date_published: day(item.version.published),
      tags: item.entry.themes,
      attachments: [{ url: l.data, mime_type: "text/csv", title: "data.csv" }],
      _prosperity_atlas: {
        dataset: item.entry.id,
        version: item.version.version,
        published: item.version.published,
        hash: item.version.hash,
        changes: item.version.changes,
        ...(item.version.corrects ? { corrects: item.version.corrects } : {}),
        data: l.data,
        datapackage: l.datapackage,
        ...(l.diff ? { diff: l.diff } : {}),
      },
    };
  });
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: `${feed.base}.json`,
    description: feed.description,
    authors: [{ name: NAME, url: `${ORIGIN}/` }],
    language: "en",
    items,
  });
}
