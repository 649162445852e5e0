/**
 * The DCAT-AP 3.0 catalogue as built, expanded and flattened by a JSON-LD processor (jsonld.js; the context is inline, so nothing
 * is fetched) and checked against the classes and properties DCAT-AP 3.0 makes mandatory (SEMIC's SHACL shapes):
 * Catalogue — dct:title, dct:description, exactly one dct:publisher; Dataset — dct:title, dct:description;
 * Distribution — dcat:accessURL; Agent — foaf:name; Dataset Series — dct:title, dct:description, its members (each
 * with title and description); Checksum — spdx:algorithm and spdx:checksumValue; and the maxima we use (one
 * publisher, format, media type, licence, issued, modified).
 */
import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../schemas";
import { buildCatalog } from "../../scripts/build/data";
import { dcatCatalog } from "../../scripts/build/dcat";
import { buildDocuments } from "../../scripts/build/documents";
import { ORIGIN } from "../../worker/lib/static-document";

const O = "https://atlas.example";
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const FOAF = "http://xmlns.com/foaf/0.1/";
const SPDX = "http://spdx.org/rdf/terms#";
const XSD = "http://www.w3.org/2001/XMLSchema#";

type Node = { "@id": string; "@type"?: string[] } & Record<
  string,
  Array<{ "@id"?: string; "@value"?: string; "@type"?: string; "@language"?: string }>
>;
let catalog: Catalog;
let nodes: Node[];
const ofType = (type: string) => nodes.filter((n) => n["@type"]?.includes(type));
const byId = (id: string | undefined) => nodes.find((n) => n["@id"] === id);
const values = (n: Node | undefined, p: string) => (n?.[p] ?? []) as Node[string];

/** A literal property present at least once (with zh and en where the text is ours). */
function literal(n: Node, p: string): void {
  const v = values(n, p);
  expect(v.length, `${n["@id"]} ${p}`).toBeGreaterThan(0);
  for (const x of v) expect(typeof x["@value"], `${n["@id"]} ${p} is a literal`).toBe("string");
}
const atMostOne = (n: Node, p: string) => expect(values(n, p).length, `${n["@id"]} ${p} at most once`).toBeLessThanOrEqual(1);

beforeAll(async () => {
  const built = buildCatalog().catalog;
  if (!built) throw new Error("the catalog does not build");
  catalog = built;
  const doc = JSON.parse((buildDocuments(catalog).get("catalog.dcat.jsonld")?.body ?? "").replaceAll(ORIGIN, O));
  // Flattened: every node at the top level (embedded distributions and checksums too), in expanded form.
  nodes = (await jsonld.flatten(doc)) as unknown as Node[];
  // Building the catalog reads all of data/ (~210k rows): seconds on a busy machine.
}, 120_000);

describe("the DCAT-AP 3.0 catalogue", () => {
  it("should have one Catalogue with title, description and exactly one publisher, an Agent with a name", () => {
    const [cat, ...more] = ofType(`${DCAT}Catalog`);
    expect(more).toHaveLength(0);
    if (!cat) throw new Error("no dcat:Catalog");
    literal(cat, `${DCT}title`);
    literal(cat, `${DCT}description`);
    expect(values(cat, `${DCT}publisher`)).toHaveLength(1);
    const publisher = byId(values(cat, `${DCT}publisher`)[0]?.["@id"]);
    expect(publisher?.["@type"]).toContain(`${FOAF}Agent`);
    if (publisher) literal(publisher, `${FOAF}name`);
    const listed = new Set(values(cat, `${DCAT}dataset`).map((d) => d["@id"]));
    for (const d of catalog.datasets) {
      expect(listed).toContain(`${O}/v1/datasets/${d.id}`);
      for (const v of d.versions) expect(listed).toContain(`${O}/v1/datasets/${d.id}@${v.version}`);
    }
  });

  it("should have a Dataset Series per dataset, whose members are its versions", () => {
    const series = ofType(`${DCAT}DatasetSeries`);
    expect(series.map((s) => s["@id"]).sort()).toEqual(catalog.datasets.map((d) => `${O}/v1/datasets/${d.id}`).sort());
    for (const s of series) {
      literal(s, `${DCT}title`);
      literal(s, `${DCT}description`);
      for (const p of [`${DCT}issued`, `${DCT}modified`, `${DCT}publisher`, `${DCAT}first`, `${DCAT}last`]) atMostOne(s, p);
      const members = ofType(`${DCAT}Dataset`).filter((d) => values(d, `${DCAT}inSeries`).some((x) => x["@id"] === s["@id"]));
      const entry = catalog.datasets.find((d) => `${O}/v1/datasets/${d.id}` === s["@id"]);
      expect(members.map((m) => m["@id"]).sort()).toEqual((entry?.versions ?? []).map((v) => `${s["@id"]}@${v.version}`).sort());
      expect(values(s, `${DCAT}seriesMember`).length).toBe(members.length);
      for (const m of members) {
        literal(m, `${DCT}title`);
        literal(m, `${DCT}description`);
      }
    }
  });

  it("should give every version title, description, release date, version notes and a Distribution per format", () => {
    const datasets = ofType(`${DCAT}Dataset`);
    expect(datasets).toHaveLength(catalog.datasets.reduce((n, d) => n + d.versions.length, 0));
    for (const d of datasets) {
      literal(d, `${DCT}title`);
      literal(d, `${DCT}description`);
      expect(values(d, `${DCT}issued`)[0]).toMatchObject({ "@type": `${XSD}date` });
      literal(d, "http://www.w3.org/ns/adms#versionNotes");
      for (const p of [`${DCT}publisher`, `${DCT}issued`, "http://www.w3.org/2002/07/owl#versionInfo"]) atMostOne(d, p);
      const files = values(d, `${DCAT}distribution`).map((x) => byId(x["@id"]) as Node);
      const paths = files.map((f) => f["@id"].slice(d["@id"].length + 1));
      expect(paths).toEqual(expect.arrayContaining(["data.csv", "data.json", "datapackage.json", "data.parquet"]));
      for (const f of files) {
        expect(f["@type"]).toContain(`${DCAT}Distribution`);
        expect(values(f, `${DCAT}accessURL`).length).toBeGreaterThan(0);
        for (const u of values(f, `${DCAT}accessURL`)) expect(u["@id"]).toMatch(/^https:\/\/atlas\.example\/v1\/datasets\//);
        for (const p of [`${DCT}format`, `${DCAT}mediaType`, `${DCT}license`, "http://spdx.org/rdf/terms#checksum"]) atMostOne(f, p);
      }
      const formats = files.map((f) => values(f, `${DCT}format`)[0]?.["@id"]?.replace(/^.*\//, ""));
      expect(formats).toEqual(expect.arrayContaining(["CSV", "JSON", "PARQUET"]));
    }
  });

  it("should carry the CSV's sha256 as an SPDX checksum equal to the catalog's hash", () => {
    for (const d of catalog.datasets) {
      for (const v of d.versions) {
        const csv = byId(`${O}/v1/datasets/${d.id}@${v.version}/data.csv`);
        const checksum = byId(values(csv, `${SPDX}checksum`)[0]?.["@id"]);
        expect(values(checksum, `${SPDX}algorithm`)[0]?.["@id"]).toBe(`${SPDX}checksumAlgorithm_sha256`);
        expect(values(checksum, `${SPDX}checksumValue`)[0]).toEqual({
          "@value": v.hash.replace("sha256-", ""),
          "@type": `${XSD}hexBinary`,
        });
      }
    }
  });

  it("should give the CSV and Parquet files their size and sha256 where the build recorded them", async () => {
    // The downloads build step records `files` in the catalog; a copy with them stands in for it here.
    const parquet = { bytes: 2048, hash: `sha256-${"a".repeat(64)}` };
    const withFiles: Catalog = JSON.parse(JSON.stringify(catalog));
    const entry = withFiles.datasets[0];
    const version = entry?.versions[0];
    if (!entry || !version) throw new Error("empty catalog");
    version.files = { csv: { bytes: 1024, hash: version.hash }, parquet };
    const flat = (await jsonld.flatten(JSON.parse(JSON.stringify(dcatCatalog(withFiles)).replaceAll(ORIGIN, O)))) as unknown as Node[];
    const node = (file: string) => flat.find((n) => n["@id"] === `${O}/v1/datasets/${entry.id}@${version.version}/${file}`);
    expect(values(node("data.csv"), `${DCAT}byteSize`)[0]).toEqual({ "@value": "1024", "@type": `${XSD}nonNegativeInteger` });
    expect(values(node("data.parquet"), `${DCAT}byteSize`)[0]?.["@value"]).toBe("2048");
    const checksum = flat.find((n) => n["@id"] === values(node("data.parquet"), `${SPDX}checksum`)[0]?.["@id"]);
    expect(values(checksum, `${SPDX}checksumValue`)[0]?.["@value"]).toBe("a".repeat(64));
  });
});
