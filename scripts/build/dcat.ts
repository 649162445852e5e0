/**
 * @module Build step: the catalogue in DCAT-AP 3.0 as JSON-LD (`/v1/catalog.dcat.jsonld`). Each dataset is a
 * `dcat:DatasetSeries`; each published version a `dcat:Dataset` in that series (`dcat:inSeries`, `dcat:prev`), with
 * one `dcat:Distribution` per format the API serves: CSV (with its sha256 as `spdx:checksum`), JSON, JSON-stat,
 * the Frictionless datapackage.json, and Parquet. The context is inline, so the document expands without fetching.
 */
import type { Catalog, CatalogEntry, LocalizedText, PublishedVersion } from "../../schemas";
import { ORIGIN } from "../../worker/lib/static-document";

/** The prefixes the document uses (compact IRIs such as `dct:title`). */
export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  dcatap: "http://data.europa.eu/r5r/",
  foaf: "http://xmlns.com/foaf/0.1/",
  spdx: "http://spdx.org/rdf/terms#",
  adms: "http://www.w3.org/ns/adms#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
};

const FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
const IANA = "http://www.iana.org/assignments/media-types/";

/** The formats every version is served in: path below the version, EU file type, IANA media type, title. */
const FORMATS = [
  { file: "data.csv", fileType: "CSV", media: "text/csv", title: "CSV (RFC 4180, UTF-8)" },
  { file: "data.json", fileType: "JSON", media: "application/json", title: "JSON" },
  { file: "data.jsonstat", fileType: "JSON", media: "application/json", title: "JSON-stat 2.0" },
  { file: "datapackage.json", fileType: "JSON", media: "application/json", title: "Frictionless Data Package v2.0 descriptor" },
  { file: "data.parquet", fileType: "PARQUET", media: "application/vnd.apache.parquet", title: "Apache Parquet" },
] as const;

const text = (t: LocalizedText) => [
  { "@value": t.zh, "@language": "zh-Hans" },
  { "@value": t.en, "@language": "en" },
];
const date = (d: string) => ({ "@value": d, "@type": "xsd:date" });
const iri = (url: string) => ({ "@id": url });
const PUBLISHER = { "@id": `${ORIGIN}/#publisher`, "@type": "foaf:Agent", "foaf:name": "Prosperity Atlas 共富图谱" };

function licenceOf(entry: CatalogEntry) {
  const { licence } = entry;
  return { "@id": licence.url ?? `${ORIGIN}/v1/datasets/${entry.id}#licence`, "@type": "dct:LicenseDocument", "rdfs:label": licence.title };
}

/**
 * Size and SPDX checksum of a whole-version file the build wrote: `data.csv` (its sha256 is the version's hash) and
 * `data.parquet`, when the catalog records them (`files`, written by the downloads build step).
 */
function fileFacts(version: PublishedVersion, file: string) {
  const kind = file === "data.csv" ? "csv" : file === "data.parquet" ? "parquet" : undefined;
  if (!kind) return {};
  const facts = version.files?.[kind];
  const hash = facts?.hash ?? (kind === "csv" ? version.hash : undefined);
  return {
    ...(facts ? { "dcat:byteSize": { "@value": String(facts.bytes), "@type": "xsd:nonNegativeInteger" } } : {}),
    ...(hash
      ? {
          "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": iri("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
            "spdx:checksumValue": { "@value": hash.replace(/^sha256-/, ""), "@type": "xsd:hexBinary" },
          },
        }
      : {}),
  };
}

/** One published version as a `dcat:Dataset` in its series, with a distribution per format. */
function versionDataset(entry: CatalogEntry, version: PublishedVersion, previous: PublishedVersion | undefined) {
  const self = `${ORIGIN}/v1/datasets/${entry.id}@${version.version}`;
  const periods = version.coverage.periods;
  return {
    "@id": self,
    "@type": "dcat:Dataset",
    "dct:identifier": `${entry.id}@${version.version}`,
    "dct:title": text({ zh: `${entry.title.zh}（${version.version}版）`, en: `${entry.title.en}, version ${version.version}` }),
    "dct:description": text(entry.description),
    "dct:issued": date(version.published),
    "owl:versionInfo": version.version,
    "dcat:version": version.version,
    "adms:versionNotes": text(version.changes),
    "dcat:inSeries": iri(`${ORIGIN}/v1/datasets/${entry.id}`),
    ...(previous ? { "dcat:prev": iri(`${ORIGIN}/v1/datasets/${entry.id}@${previous.version}`) } : {}),
    "dct:publisher": iri(PUBLISHER["@id"]),
    "dct:creator": entry.sources.map((s) => ({ "@type": "foaf:Agent", "foaf:name": text(s.publisher) })),
    "dct:license": iri(licenceOf(entry)["@id"]),
    "dcat:keyword": entry.themes.map((t) => ({ "@value": t, "@language": "en" })),
    "dcat:landingPage": iri(`${ORIGIN}/datasets/${entry.id}/`),
    ...(periods.length
      ? {
          "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "rdfs:label": `${periods[0]}..${periods[periods.length - 1]}`,
          },
        }
      : {}),
    "dcat:distribution": FORMATS.filter((f) => entry.kind === "observations" || f.file !== "data.jsonstat").map((f) => ({
      "@id": `${self}/${f.file}`,
      "@type": "dcat:Distribution",
      "dct:title": f.title,
      "dcat:accessURL": iri(`${self}/${f.file}`),
      "dcat:downloadURL": iri(`${self}/${f.file}`),
      "dct:format": iri(FILE_TYPE + f.fileType),
      "dcat:mediaType": iri(IANA + f.media),
      "dct:license": iri(licenceOf(entry)["@id"]),
      "dct:issued": date(version.published),
      ...fileFacts(version, f.file),
    })),
  };
}

/** One dataset as a `dcat:DatasetSeries` over its versions. */
function series(entry: CatalogEntry) {
  const first = entry.versions[entry.versions.length - 1] as PublishedVersion;
  const last = entry.versions[0] as PublishedVersion;
  return {
    "@id": `${ORIGIN}/v1/datasets/${entry.id}`,
    "@type": "dcat:DatasetSeries",
    "dct:identifier": entry.id,
    "dct:title": text(entry.title),
    "dct:description": text(entry.description),
    "dct:publisher": iri(PUBLISHER["@id"]),
    "dct:issued": date(first.published),
    "dct:modified": date(last.published),
    "dcat:first": iri(`${ORIGIN}/v1/datasets/${entry.id}@${first.version}`),
    "dcat:last": iri(`${ORIGIN}/v1/datasets/${entry.id}@${last.version}`),
    "dcat:seriesMember": entry.versions.map((v) => iri(`${ORIGIN}/v1/datasets/${entry.id}@${v.version}`)),
    "dcat:landingPage": iri(`${ORIGIN}/datasets/${entry.id}/`),
  };
}

/** The DCAT-AP 3.0 catalogue of every dataset and version. */
export function dcatCatalog(catalog: Catalog) {
  const releases = catalog.datasets.flatMap((d) => d.versions.map((v) => v.published)).sort();
  return {
    "@context": DCAT_CONTEXT,
    "@graph": [
      {
        "@id": `${ORIGIN}/v1/datasets`,
        "@type": "dcat:Catalog",
        "dct:title": text({ zh: "共富图谱数据目录", en: "Prosperity Atlas catalogue" }),
        "dct:description": text({
          zh: "中国数字经济与共同富裕开放数据：每个数据集的各个不可变版本，附来源、许可与内容哈希。",
          en: "Open data on China's digital economy and common prosperity: every immutable version of every dataset, with sources, licences and content hashes.",
        }),
        "dct:publisher": iri(PUBLISHER["@id"]),
        "foaf:homepage": iri(`${ORIGIN}/`),
        "dct:language": [
          iri("http://publications.europa.eu/resource/authority/language/ZHO"),
          iri("http://publications.europa.eu/resource/authority/language/ENG"),
        ],
        ...(releases.length
          ? { "dct:issued": date(releases[0] as string), "dct:modified": date(releases[releases.length - 1] as string) }
          : {}),
        "dcat:dataset": catalog.datasets.flatMap((d) => [
          iri(`${ORIGIN}/v1/datasets/${d.id}`),
          ...d.versions.map((v) => iri(`${ORIGIN}/v1/datasets/${d.id}@${v.version}`)),
        ]),
      },
      PUBLISHER,
      ...[...new Map(catalog.datasets.map((d) => [licenceOf(d)["@id"], licenceOf(d)])).values()],
      ...catalog.datasets.flatMap((d) => [series(d), ...d.versions.map((v, i) => versionDataset(d, v, d.versions[i + 1]))]),
    ],
  };
}
