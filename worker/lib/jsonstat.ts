/**
 * @module JSON-stat 2.0 dataset (https://json-stat.org/format/) from observation rows: dimensions measure ×
 * region × period (× category when present), units on the metric dimension, status flags per value.
 * The value array is dense when at least half of the cube is filled, else a sparse object (both are valid).
 */
import type { Language, LocalizedText, Measure, Observation } from "../../schemas";
import { comparePeriods } from "../../schemas/period";

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

/** The category id of rows that have none, when others in the cube do. */
export const NO_CATEGORY = "_none";

type Dimension = {
  label: string;
  category: { index: Record<string, number>; label: Record<string, string>; unit?: Record<string, object> };
};

const indexOf = (ids: readonly string[]) => Object.fromEntries(ids.map((id, i) => [id, i]));

/**
 * Builds the JSON-stat dataset of the rows `walk` yields, with labels in `lang`. The rows are walked twice — once
 * for the dimensions' categories, once for the values — so that no list of every row is kept: a whole version is
 * read one block at a time and only the cube itself is held.
 */
export async function toJsonStat(walk: () => AsyncIterable<readonly Observation[]>, context: JsonStatContext, lang: Language) {
  const seen = { measure: new Set<string>(), region: new Set<string>(), period: new Set<string>(), category: new Set<string>() };
  let rowCount = 0;
  let uncategorised = false;
  for await (const rows of walk()) {
    for (const r of rows) {
      rowCount++;
      seen.measure.add(r.measure);
      seen.region.add(r.region);
      seen.period.add(r.period);
      if (r.category === undefined) uncategorised = true;
      else seen.category.add(r.category);
    }
  }
  const measureIds = context.measures.map((m) => m.id).filter((id) => seen.measure.has(id));
  const regions = [...seen.region].sort();
  const periods = [...seen.period].sort(comparePeriods);
  const categories = [...seen.category].sort();
  const withCategory = categories.length > 0;
  // Rows without a category, beside rows with one, sit at a category of their own rather than vanish.
  if (withCategory && uncategorised) categories.push(NO_CATEGORY);
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
  if (withCategory)
    dimension.category = plain(lang === "zh" ? "类别" : "Category", categories, (id) =>
      id === NO_CATEGORY ? (lang === "zh" ? "（无）" : "(none)") : undefined,
    );
  const positions = lists.map((l) => new Map(l.map((id, i) => [id, i])));
  const cells = size.reduce((a, b) => a * b, 1);
  // Dense when at least half of the cube is filled (rows are unique cells), else sparse: both are valid JSON-stat.
  const dense = cells > 0 && rowCount * 2 >= cells;
  const value: (number | null)[] | Record<string, number> = dense ? new Array<number | null>(cells).fill(null) : {};
  const status: Record<string, string> = {};
  for await (const rows of walk()) {
    for (const row of rows) {
      const coords = [row.measure, row.region, row.period, ...(withCategory ? [row.category ?? NO_CATEGORY] : [])];
      let flat = 0;
      let ok = true;
      coords.forEach((id, d) => {
        const p = positions[d]?.get(id);
        if (p === undefined) ok = false;
        else flat = flat * (size[d] ?? 1) + p;
      });
      if (!ok) continue;
      (value as Record<number, number>)[flat] = row.value;
      if (row.status) status[flat] = row.status;
    }
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
