/**
 * @module Search behind the MCP `search` tool: one function over an index of datasets, measures, indicators and
 * views. A simple matcher (every query word must occur in a document's zh/en text; title and id hits rank
 * higher) until the site-wide search module lands; swap {@link searchIndex} for it then. Pure.
 */
import type { Catalog, LocalizedText } from "../schemas";
import type { IndicatorRegistry } from "../worker/indicators/registry-document";

/** One searchable thing. */
export interface SearchDocument {
  kind: "dataset" | "measure" | "indicator" | "view";
  id: string;
  /** For a measure: its dataset. */
  dataset?: string;
  title: LocalizedText;
  /** Lower-cased id and title (zh, en), ranked higher. */
  head: string;
  /** Lower-cased descriptions, definitions, units. */
  body: string;
}

/** One hit, best first. */
export interface SearchHit {
  kind: SearchDocument["kind"];
  id: string;
  dataset?: string;
  title: LocalizedText;
  score: number;
}

const lower = (...texts: Array<string | undefined>) => texts.filter(Boolean).join(" \n ").toLowerCase();

/** Builds the index from the catalog and the indicator registry. */
export function buildSearchIndex(catalog: Catalog, registry: IndicatorRegistry): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const d of catalog.datasets) {
    docs.push({
      kind: "dataset",
      id: d.id,
      title: d.title,
      head: lower(d.id, d.title.zh, d.title.en),
      body: lower(d.description.zh, d.description.en, ...d.themes, ...d.sources.flatMap((s) => [s.publisher?.zh, s.publisher?.en])),
    });
    for (const m of d.measures) {
      docs.push({
        kind: "measure",
        id: m.id,
        dataset: d.id,
        title: m.title,
        head: lower(m.id, m.title.zh, m.title.en),
        body: lower(m.definition?.zh, m.definition?.en, m.unit.zh, m.unit.en, d.title.zh, d.title.en),
      });
    }
  }
  for (const i of registry.indicators) {
    docs.push({
      kind: "indicator",
      id: i.id,
      title: i.title,
      head: lower(i.id, i.title.zh, i.title.en),
      body: lower(i.description.zh, i.description.en),
    });
  }
  for (const v of registry.views) {
    docs.push({
      kind: "view",
      id: v.id,
      title: v.title,
      head: lower(v.id, v.title.zh, v.title.en),
      body: lower(v.question.zh, v.question.en, v.description.zh, v.description.en),
    });
  }
  return docs;
}

/** The words of a query: runs of letters/digits, lower-cased (a run of Chinese characters is one word). */
function wordsOf(query: string): string[] {
  return [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 12);
}

/** Documents containing every word of `query`, ranked: title/id hits 3, other text 1; datasets first on ties. */
export function searchIndex(index: readonly SearchDocument[], query: string, limit = 10): SearchHit[] {
  const words = wordsOf(query);
  if (words.length === 0) return [];
  const kindRank = { dataset: 0, view: 1, indicator: 2, measure: 3 };
  const hits: SearchHit[] = [];
  for (const doc of index) {
    let score = 0;
    for (const word of words) {
      const points = doc.head.includes(word) ? 3 : doc.body.includes(word) ? 1 : 0;
      if (points === 0) {
        score = 0;
        break;
      }
      score += points;
    }
    if (score > 0) hits.push({ kind: doc.kind, id: doc.id, ...(doc.dataset ? { dataset: doc.dataset } : {}), title: doc.title, score });
  }
  return hits.sort((a, b) => b.score - a.score || kindRank[a.kind] - kindRank[b.kind] || a.id.localeCompare(b.id)).slice(0, limit);
}
