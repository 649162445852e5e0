/**
 * @module JSON-stat 2.0 dataset (https://json-stat.org/format/) from observation rows: dimensions measure ×
 * region × period (× category when present), units on the metric dimension, status flags per value.
 * The value array is dense when at least half of the cube is filled, else a sparse object (both are valid).
 */
import { comparePeriods, type Language, type LocalizedText, type Measure, type Observation } from "../../schemas";

/** What the cube is about, besides its rows. */
export interface JsonStatContext {
  dataset: string;
  version: string;
  hash: string;
  published: string;
  title: LocalizedText;
  measures: readonly Measure[];
  sources: readonly { publisher: LocalizedText }[];
  attribution: LocalizedText;
  /** Region names for labels (codes label themselves otherwise). */
  regionNames?: ReadonlyMap<string, LocalizedText>;
}

type Dimension = {
  label: string;
  category: { index: Record<string, number>; label: Record<string, string>; unit?: Record<string, object> };
};

const indexOf = (ids: readonly string[]) => Object.fromEntries(ids.map((id, i) => [id, i]));

/** Builds the JSON-stat dataset of `rows` with labels in `lang`. */
export function toJsonStat(rows: readonly Observation[], context: JsonStatContext, lang: Language) {
  const measureIds = context.measures.map((m) => m.id).filter((id) => rows.some((r) => r.measure === id));
  const regions = [...new Set(rows.map((r) => r.region))].sort();
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  const categories = [...new Set(rows.flatMap((r) => (r.category === undefined ? [] : [r.category])))].sort();
  const withCategory = categories.length > 0;
  const ids = withCategory ? ["measure", "region", "period", "category"] : ["measure", "region", "period"];
  const lists: string[][] = withCategory ? [measureIds, regions, periods, categories] : [measureIds, regions, periods];
  const size = lists.map((l) => l.length);
  const measureDim: Dimension = {
    label: lang === "zh" ? "指标" : "Measure",
    category: {
      index: indexOf(measureIds),
      label: Object.fromEntries(context.measures.filter((m) => measureIds.includes(m.id)).map((m) => [m.id, m.title[lang]])),
      unit: Object.fromEntries(
        context.measures
          .filter((m) => measureIds.includes(m.id))
          .map((m) => [m.id, { label: m.unit[lang], ...(m.decimals === undefined ? {} : { decimals: m.decimals }) }]),
      ),
    },
  };
  const plain = (label: string, list: string[], names?: (id: string) => string | undefined): Dimension => ({
    label,
    category: { index: indexOf(list), label: Object.fromEntries(list.map((id) => [id, names?.(id) ?? id])) },
  });
  const dimension: Record<string, Dimension> = {
    measure: measureDim,
    region: plain(lang === "zh" ? "地区" : "Region", regions, (id) => context.regionNames?.get(id)?.[lang]),
    period: plain(lang === "zh" ? "时期" : "Period", periods),
  };
  if (withCategory) dimension.category = plain(lang === "zh" ? "类别" : "Category", categories);
  const positions = lists.map((l) => new Map(l.map((id, i) => [id, i])));
  const cells = size.reduce((a, b) => a * b, 1);
  const sparse: Record<string, number> = {};
  const status: Record<string, string> = {};
  for (const row of rows) {
    const coords = [row.measure, row.region, row.period, ...(withCategory ? [row.category ?? ""] : [])];
    let flat = 0;
    let ok = true;
    coords.forEach((id, d) => {
      const p = positions[d]?.get(id);
      if (p === undefined) ok = false;
      else flat = flat * (size[d] ?? 1) + p;
    });
    if (!ok) continue;
    sparse[flat] = row.value;
    if (row.status) status[flat] = row.status;
  }
  const filled = Object.keys(sparse).length;
  let value: (number | null)[] | Record<string, number> = sparse;
  if (cells > 0 && filled * 2 >= cells) {
    const dense: (number | null)[] = new Array(cells).fill(null);
    for (const [k, v] of Object.entries(sparse)) dense[Number(k)] = v;
    value = dense;
  }
  return {
    version: "2.0",
    class: "dataset",
    label: context.title[lang],
    source: context.sources.map((s) => s.publisher[lang]).join("; "),
    updated: context.published,
    note: [context.attribution[lang]],
    id: ids,
    size,
    role: { time: ["period"], geo: ["region"], metric: ["measure"] },
    dimension,
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    extension: { dataset: context.dataset, version: context.version, hash: context.hash },
  };
}
