/**
 * The change feeds as built: Atom 1.0 checked element by element against what RFC 4287 requires (§4.1.1 feed,
 * §4.1.2 entry), parsed by a real XML parser; JSON Feed 1.1 against the fields its specification requires. One entry
 * per published version, newest first, each with its change note, hash and (after the first) diff link.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../schemas";
import { buildCatalog } from "../../scripts/build/data";
import { buildDocuments } from "../../scripts/build/documents";
import { ORIGIN, type StaticDocument } from "../../worker/lib/static-document";

const O = "https://atlas.example";
let catalog: Catalog;
let docs: Map<string, StaticDocument>;
const body = (key: string) => (docs.get(key)?.body ?? "").replaceAll(ORIGIN, O);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Xml = Record<string, unknown>;
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const textOf = (x: unknown) => (typeof x === "object" && x !== null ? String((x as Xml)["#text"] ?? "") : String(x ?? ""));

beforeAll(() => {
  const built = buildCatalog().catalog;
  if (!built) throw new Error("the catalog does not build");
  catalog = built;
  docs = buildDocuments(catalog);
  // Building the catalog reads all of data/ (~210k rows): seconds on a busy machine.
}, 120_000);

function parseAtom(xml: string): Xml {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => ["entry", "link", "author", "category"].includes(name),
  });
  const feed = (parser.parse(xml) as Xml).feed as Xml;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  return feed;
}

/** RFC 4287 §4.1.1–§4.1.2: the elements a feed and its entries must have, exactly once where it says so. */
function checkAtom(feed: Xml, versions: number): void {
  for (const el of ["id", "title", "updated"]) expect(list(feed[el]), `feed ${el}`).toHaveLength(1);
  expect(textOf(feed.updated)).toMatch(RFC3339);
  const links = list(feed.link as Xml[]);
  expect(links.filter((l) => l["@rel"] === "self")).toHaveLength(1);
  const alternates = links.filter((l) => (l["@rel"] ?? "alternate") === "alternate").map((l) => `${l["@type"]}|${l["@hreflang"] ?? ""}`);
  expect(new Set(alternates).size, "no two alternate links with the same type and hreflang").toBe(alternates.length);
  // A feed without a feed-level author needs one in every entry; ours has one, with a name.
  expect(textOf(list(feed.author as Xml[])[0]?.name).length).toBeGreaterThan(0);
  const entries = list(feed.entry as Xml[]);
  expect(entries).toHaveLength(versions);
  const ids = new Set<string>();
  for (const entry of entries) {
    for (const el of ["id", "title", "updated"]) expect(list(entry[el]), `entry ${el}`).toHaveLength(1);
    expect(new URL(textOf(entry.id)).protocol).toBe("https:");
    ids.add(textOf(entry.id));
    expect(textOf(entry.updated)).toMatch(RFC3339);
    const entryLinks = list(entry.link as Xml[]);
    expect(entryLinks.filter((l) => l["@rel"] === "alternate")).toHaveLength(1);
    for (const l of entryLinks) expect(String(l["@href"])).toMatch(/^https:\/\/atlas\.example\//);
    expect(textOf(entry.content)).toMatch(/sha256-[0-9a-f]{64}/);
  }
  expect(ids.size, "entry ids are unique").toBe(entries.length);
  const dates = entries.map((e) => textOf(e.updated));
  expect([...dates].sort().reverse()).toEqual(dates);
}

describe("the Atom feeds", () => {
  it("should describe every published version of every dataset, newest first", () => {
    const versions = catalog.datasets.reduce((n, d) => n + d.versions.length, 0);
    checkAtom(parseAtom(body("changes.atom")), versions);
  });

  it("should have a feed per dataset with its versions, their change notes and diff links", () => {
    for (const d of catalog.datasets) {
      const feed = parseAtom(body(`datasets/${d.id}/changes.atom`));
      checkAtom(feed, d.versions.length);
      for (const [i, entry] of list(feed.entry as Xml[]).entries()) {
        const version = d.versions[i];
        expect(textOf(entry.id)).toBe(`${O}/v1/datasets/${d.id}@${version?.version}`);
        expect(textOf(entry.summary)).toBe(version?.changes.en);
        expect(textOf(entry.content)).toContain(version?.hash);
        const diff = list(entry.link as Xml[]).find((l) => l["@title"] === "diff");
        const previous = d.versions[i + 1];
        expect(diff?.["@href"]).toBe(
          previous ? `${O}/v1/datasets/${d.id}/diff?from=${previous.version}&to=${version?.version}` : undefined,
        );
      }
    }
  });
});

describe("the JSON feeds", () => {
  it("should carry the fields JSON Feed 1.1 requires, and ours", () => {
    for (const key of ["changes.json", ...catalog.datasets.map((d) => `datasets/${d.id}/changes.json`)]) {
      const feed = JSON.parse(body(key));
      expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
      expect(typeof feed.title).toBe("string");
      expect(Array.isArray(feed.items)).toBe(true);
      expect(new URL(feed.feed_url).pathname).toBe(`/v1/${key}`);
      expect(new URL(feed.home_page_url).origin).toBe(O);
      for (const author of feed.authors) expect(typeof author.name).toBe("string");
      const ids = new Set<string>();
      for (const item of feed.items) {
        expect(typeof item.id).toBe("string");
        ids.add(item.id);
        // An item must have content_html or content_text.
        expect(typeof item.content_text).toBe("string");
        expect(item.date_published).toMatch(RFC3339);
        expect(item._prosperity_atlas.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
        expect(item.content_text).toContain(item._prosperity_atlas.hash);
      }
      expect(ids.size).toBe(feed.items.length);
    }
  });

  it("should give each version's release date from the catalog", () => {
    const feed = JSON.parse(body("datasets/national-gini/changes.json"));
    const gini = catalog.datasets.find((d) => d.id === "national-gini");
    expect(feed.items.map((i: { _prosperity_atlas: { version: string; published: string } }) => i._prosperity_atlas)).toMatchObject(
      (gini?.versions ?? []).map((v) => ({ version: v.version, published: v.published })),
    );
    for (const d of catalog.datasets) for (const v of d.versions) expect(v.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
