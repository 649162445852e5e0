/**
 * @module The widget elements the gallery shows and the kinds of chart the builder offers (derived from the element
 * table and the element figures table: a new element gets both from its lines there). Only elements that the
 * bundle defines (see `widgets/index.ts`) and demos whose dataset is published are used, so the gallery follows
 * the widgets and the catalog as they grow.
 */

import { DEFAULT_KIND_OPTIONS, ELEMENT_FIGURES, elementFigure, kindsOf } from "../../../figure/element-figures";
import type { BuilderKind, KindOptions } from "../../../figure/embed/builder-data";
import type { LocalizedText } from "../../../schemas";
import { type ElementEntry, widgetElements } from "../widget-elements";
import type { SiteContext } from "./context";
import type { WidgetAttributes } from "./widgets";

export type { BuilderKind, KindOptions };

/** A gallery entry: one element with demos. */
export interface GalleryElement {
  tag: string;
  title: LocalizedText;
  summary: LocalizedText;
  demos: WidgetAttributes[];
}

/** Every element we present, in gallery order. */
export const GALLERY: readonly GalleryElement[] = [
  {
    tag: "pa-chart",
    title: { zh: "时间序列 <pa-chart>", en: "Over time <pa-chart>" },
    summary: {
      zh: "一个或多个指标项、地区随时间的变化，可画折线、面积或柱形；附数据表替代与一句话摘要。",
      en: "One or more measures or regions over time, as lines, areas or bars, with a table alternative and a one-sentence summary.",
    },
    demos: [
      { dataset: "internet-users@1.0.0", measure: "penetration_pct,urban_penetration_pct,rural_penetration_pct" },
      { dataset: "province-gdp@^1", region: "CN-GD,CN-JS,CN-GS", period: "2015..2024", kind: "bar" },
    ],
  },
  {
    tag: "pa-stat",
    title: { zh: "关键指标 <pa-stat>", en: "Key figure <pa-stat>" },
    summary: { zh: "最新数值、变化与迷你走势线。", en: "The latest value, its change and a sparkline." },
    demos: [{ dataset: "internet-users@1.0.0", measure: "penetration_pct" }],
  },
  {
    tag: "pa-ranking",
    title: { zh: "省份排名 <pa-ranking>", en: "Provinces ranked <pa-ranking>" },
    summary: { zh: "某一时期各省的排名，按四大区域着色。", en: "Provinces ranked for one period, coloured by NBS region group." },
    demos: [{ dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", link: "gdp-2024" }],
  },
  {
    tag: "pa-tilemap",
    title: { zh: "方块地图 <pa-tilemap>", en: "Tile map <pa-tilemap>" },
    summary: {
      zh: "每个省一个方块，按数值着色；不含边界几何。与上方排名联动（link 属性相同）。",
      en: "One tile per province, shaded by value; no border geometry. Linked to the ranking above (same link attribute).",
    },
    demos: [{ dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", link: "gdp-2024" }],
  },
  {
    tag: "pa-share",
    title: { zh: "构成 <pa-share>", en: "Shares of a whole <pa-share>" },
    summary: { zh: "整体如何在各部分之间分配（堆叠百分比）。", en: "How a whole divides into parts over time (stacked shares)." },
    demos: [{ dataset: "province-gdp@1.0.0", measure: "gdp", by: "group" }],
  },
  {
    tag: "pa-indicator",
    title: { zh: "指标 <pa-indicator>", en: "Indicator <pa-indicator>" },
    summary: {
      zh: "读取 GET /v1/indicators/{id} 的结果，显示数值、分解、公式与输入数据的精确版本。",
      en: "Reads a result of GET /v1/indicators/{id} and shows its values, decomposition, formula and the exact input versions.",
    },
    // Filled from the registry at build time (the indicator's documented example).
    demos: [],
  },
  {
    tag: "pa-table",
    title: { zh: "数据表 <pa-table>", en: "Data table <pa-table>" },
    summary: { zh: "可排序、无障碍的数据表。", en: "A sortable, accessible data table." },
    demos: [{ dataset: "province-gdp@1.0.0", group: "northeast", period: "2020..2024" }],
  },
];

/**
 * The builder's words for its kinds, by value (`chart`, `chart-area`, `share-group`: the element's name, then its
 * fixed attributes' values). A kind without words here is named by its element and attributes (`<pa-x kind="y">`);
 * words for a kind the table does not give are a test failure (test/scripts/element-figures.test.ts).
 */
export const KIND_TITLES: Readonly<Record<string, LocalizedText>> = {
  chart: { zh: "折线图（pa-chart）", en: "Line chart (pa-chart)" },
  "chart-area": { zh: "面积图（pa-chart kind=area）", en: "Area chart (pa-chart kind=area)" },
  "chart-bar": { zh: "柱形图（pa-chart kind=bar）", en: "Bar chart (pa-chart kind=bar)" },
  stat: { zh: "关键指标（pa-stat）", en: "Key figure (pa-stat)" },
  ranking: { zh: "省份排名（pa-ranking）", en: "Province ranking (pa-ranking)" },
  tilemap: { zh: "方块地图（pa-tilemap）", en: "Tile map (pa-tilemap)" },
  share: { zh: "构成（pa-share）", en: "Shares of a whole (pa-share)" },
  "share-area": { zh: "构成面积图（pa-share kind=area）", en: "Shares as areas (pa-share kind=area)" },
  "share-group": { zh: "四大区域构成（pa-share by=group）", en: "Shares by region group (pa-share by=group)" },
  table: { zh: "数据表（pa-table）", en: "Data table (pa-table)" },
  indicator: { zh: "指标（pa-indicator）", en: "Indicator (pa-indicator)" },
};

/**
 * The builder's kinds of the elements `tags`, from the element figures table (figure/element-figures.ts): one per
 * `kind` value of an element (its default first), then one per preset; in the table's order, then any element
 * without a row (asked for a dataset's measures, regions and period range, as a dataset element).
 */
export function builderKinds(tags: readonly string[]): BuilderKind[] {
  const ordered = [...Object.keys(ELEMENT_FIGURES).filter((tag) => tags.includes(tag)), ...tags.filter((tag) => !elementFigure(tag))];
  return ordered.flatMap((tag) => {
    const row = elementFigure(tag);
    const options = row?.builder ?? DEFAULT_KIND_OPTIONS;
    const variants = [
      ...(kindsOf(tag) ?? [undefined]).map((kind, i) => ({ fixed: i > 0 && kind ? { kind } : {}, options })),
      ...(row?.presets ?? []).map((p) => ({ fixed: { ...p.fixed }, options: p.builder })),
    ];
    return variants.map(({ fixed, options }): BuilderKind => {
      const value = [tag.slice(3), ...Object.values(fixed)].join("-");
      const named = `<${tag}${Object.entries(fixed)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join("")}>`;
      return { value, tag, title: KIND_TITLES[value] ?? { zh: named, en: named }, fixed, options };
    });
  });
}

const datasetOf = (attributes: WidgetAttributes) => attributes.dataset?.split("@")[0];

/** Indicators the gallery prefers for the `<pa-indicator>` demo (a decomposition reads best). */
const DEMO_INDICATORS = ["theil-t", "gini"];

/**
 * An element of the table without a hand-written gallery entry: its tag as the title, its `@summary` and its
 * `@example` as the demo, so a new element shows in the gallery from its first line in widgets/elements.ts.
 */
export const derivedEntry = (e: ElementEntry): GalleryElement => ({
  tag: e.tag,
  title: { zh: `<${e.tag}>`, en: `<${e.tag}>` },
  summary: { zh: e.summary, en: e.summary },
  demos: [e.example],
});

/**
 * The gallery entries whose element the bundle defines (hand-written ones first, then one derived from each
 * other element of the table), with only the demos whose dataset is published; the indicator element's demo is
 * an indicator's documented example, when the API has indicators.
 */
export function availableElements(ctx: SiteContext, elements: readonly ElementEntry[] = widgetElements()): GalleryElement[] {
  const published = new Set(ctx.catalog.datasets.map((d) => d.id));
  const { indicators, examples } = ctx.indicators;
  const demoIndicator = [...DEMO_INDICATORS.map((id) => indicators.find((i) => i.id === id)), ...indicators].find(
    (i) => i !== undefined && examples.has(i.id),
  );
  const written = new Set(GALLERY.map((g) => g.tag));
  return [...GALLERY, ...elements.filter((e) => !written.has(e.tag)).map(derivedEntry)]
    .filter((g) => ctx.widgetTags.has(g.tag))
    .map((g) =>
      g.tag === "pa-indicator"
        ? { ...g, demos: demoIndicator ? [{ indicator: demoIndicator.id, params: demoIndicator.example }] : [] }
        : { ...g, demos: g.demos.filter((d) => !datasetOf(d) || published.has(datasetOf(d) as string)) },
    )
    .filter((g) => g.demos.length > 0);
}

/**
 * The builder kinds of the elements the bundle defines, in the table's order (the indicator kind when the build
 * computed an indicator's example). `elements` is the element table (a copy's, in the extension-path test).
 */
export function availableKinds(ctx: SiteContext, elements: readonly ElementEntry[] = widgetElements()): BuilderKind[] {
  const tags = elements.map((e) => e.tag).filter((tag) => ctx.widgetTags.has(tag));
  return builderKinds(tags).filter((k) => !k.options.indicator || ctx.indicators.examples.size > 0);
}
