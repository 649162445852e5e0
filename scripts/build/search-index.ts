/**
 * @module Build step: the search index (`_data/search.json`) over datasets, their measures, the indicators and the
 * named views, with the pinyin of Chinese titles computed here by pinyin-pro (context-aware for characters with
 * several readings: 增长率 → zeng zhang lv), so the worker needs no pinyin table. Format: `worker/lib/search/index-format.ts`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinyin } from "pinyin-pro";
import type { Catalog, LocalizedText } from "../../schemas";
import type { SearchDoc, SearchField, SearchIndex } from "../../worker/lib/search/index-format";
import { ASSETS_DIR } from "../lib/paths";
import { buildIndicatorRegistry } from "./indicators";

/** Where the worker reads the index (below `_data/`). */
export const SEARCH_INDEX_KEY = "search.json";

const HAN = /\p{Script=Han}/u;

/**
 * One toneless syllable per Han character of `text` (ü as v), space-separated; undefined when the text has no Han
 * character or the syllables do not line up with the characters (then the field is searched without pinyin).
 */
export function pinyinOf(text: string): string | undefined {
  const han = [...text].filter((ch) => HAN.test(ch)).length;
  if (!han) return undefined;
  const syllables = pinyin(text, { toneType: "none", type: "array", v: true, nonZh: "removed" }).map((s) => s.toLowerCase());
  return syllables.length === han && syllables.every((s) => /^[a-z]+$/.test(s)) ? syllables.join(" ") : undefined;
}

/** A Chinese field with its pinyin, and the English one, at the same weight. */
const both = (name: string, weight: number, text: LocalizedText, withPinyin = true): SearchField[] => {
  const py = withPinyin ? pinyinOf(text.zh) : undefined;
  return [[`${name}.zh`, weight, text.zh, ...(py ? [py] : [])] as SearchField, [`${name}.en`, weight, text.en]];
};
const join2 = (items: LocalizedText[], sep: LocalizedText): LocalizedText => ({
  zh: items.map((t) => t.zh).join(sep.zh),
  en: items.map((t) => t.en).join(sep.en),
});

/** The index documents: every dataset, measure, indicator and view, with weighted fields. */
export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const docs: SearchDoc[] = [];
  for (const d of catalog.datasets) {
    const page = `/datasets/${d.id}/`;
    docs.push({
      kind: "dataset",
      id: d.id,
      title: d.title,
      api: `/v1/datasets/${d.id}`,
      page,
      fields: [
        ...both("title", 3, d.title),
        ["id", 2, d.id],
        ...(d.measures.length
          ? both(
              "measures",
              1.5,
              join2(
                d.measures.map((m) => m.title),
                { zh: "；", en: "; " },
              ),
            )
          : []),
        ...both("description", 1, d.description, false),
        ...both(
          "sources",
          1,
          join2(
            d.sources.map((s) => s.publisher),
            { zh: "；", en: "; " },
          ),
          false,
        ),
        ["themes", 1, d.themes.join(" ")],
      ],
    });
    for (const m of d.measures) {
      docs.push({
        kind: "measure",
        id: `${d.id}:${m.id}`,
        title: m.title,
        api: `/v1/datasets/${d.id}@latest/data?measure=${m.id}`,
        page,
        fields: [
          ...both("title", 3, m.title),
          ["id", 2, m.id],
          ...both("dataset", 1, d.title, false),
          ...(m.definition ? both("definition", 1, m.definition, false) : []),
          ...both("unit", 0.5, m.unit, false),
        ],
      });
    }
  }
  const registry = buildIndicatorRegistry();
  for (const i of registry.indicators) {
    docs.push({
      kind: "indicator",
      id: i.id,
      title: i.title,
      // The indicator needs inputs: link its documented example, which answers.
      api: `/v1/indicators/${i.id}?${i.example}`,
      page: `/indicators/${i.id}/`,
      fields: [...both("title", 3, i.title), ["id", 2, i.id], ...both("description", 1, i.description, false)],
    });
  }
  for (const view of registry.views) {
    docs.push({
      kind: "view",
      id: view.id,
      title: view.title,
      api: `/v1/indicators/views/${view.id}`,
      page: `/indicators/views/${view.id}/`,
      fields: [
        ...both("title", 3, view.title),
        ["id", 2, view.id],
        ...both("question", 1.5, view.question, false),
        ...(view.description ? both("description", 1, view.description, false) : []),
      ],
    });
  }
  const hash = createHash("sha256").update(JSON.stringify(docs)).digest("hex");
  return { format: 1, hash: `sha256-${hash}`, docs };
}

/** Writes `_data/search.json` into the assets folder. */
export function writeSearchIndex(catalog: Catalog, assetsDir = ASSETS_DIR): SearchIndex {
  const index = buildSearchIndex(catalog);
  mkdirSync(join(assetsDir, "_data"), { recursive: true });
  writeFileSync(join(assetsDir, "_data", SEARCH_INDEX_KEY), JSON.stringify(index));
  return index;
}
