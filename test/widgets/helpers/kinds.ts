/**
 * @module One representative of every element kind (issue #11/#12 acceptance: "every element kind"), with the
 * attributes it is shown with and the event that says it is drawn. The list follows the element table, and the
 * visual matrix and the SVG parity test are generated from it.
 */
import * as elements from "../../../widgets/elements";
import { THEIL } from "./dom";

/** The element tags the widgets define. */
export type Tag = "pa-chart" | "pa-stat" | "pa-share" | "pa-ranking" | "pa-tilemap" | "pa-table" | "pa-indicator";

/** An element kind as the tests show it. */
export interface Kind {
  /** The name in baselines and test titles. */
  name: string;
  tag: Tag;
  attrs: Record<string, string>;
  /** `pa-draw` for canvas charts, `pa-load` for the others. */
  event: "pa-draw" | "pa-load";
}

/** The data each element is shown with (#11's named cases among them); keyed by tag. */
const SHOWN: Record<Tag, Omit<Kind, "tag">> = {
  "pa-chart": { name: "gini-chart", attrs: { dataset: "national-gini@1.1.0" }, event: "pa-draw" },
  "pa-stat": { name: "gdp-stat", attrs: { dataset: "national-gdp@1.0.0", measure: "gdp" }, event: "pa-load" },
  "pa-share": {
    name: "platform-shares",
    attrs: { dataset: "platform-market-shares@1.0.0", measure: "mobile_payment_share_pct" },
    event: "pa-draw",
  },
  "pa-ranking": { name: "ranking", attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }, event: "pa-draw" },
  "pa-tilemap": { name: "tilemap", attrs: { dataset: "province-gdp@1.0.0", measure: "gdp" }, event: "pa-load" },
  "pa-table": { name: "table", attrs: { dataset: "province-gdp@1.0.0", group: "northeast", period: "2022..2024" }, event: "pa-load" },
  "pa-indicator": { name: "indicator", attrs: { ...THEIL }, event: "pa-draw" },
};

/**
 * Every element kind, in the order of the element table (widgets/elements.ts): a new element there fails here
 * until it is given data to be shown with.
 */
export const KINDS: readonly Kind[] = Object.values(elements).map((element) => {
  const tag = (element as unknown as { tag: Tag }).tag;
  const shown = SHOWN[tag];
  if (!shown) throw new Error(`test/widgets/helpers/kinds.ts: no data to show <${tag}> with`);
  return { tag, ...shown };
});

/**
 * Data with more to read (two series, the provinces summed by NBS group) for tests that read every element's
 * texts (accessibility, large text); elements not named here are shown as in {@link KINDS}.
 */
export const RICH_SHOWN: Partial<Record<Tag, Record<string, string>>> = {
  "pa-chart": { dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct" },
  "pa-ranking": { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" },
  "pa-share": { dataset: "province-gdp@1.0.0", measure: "gdp", by: "group", period: "2015..2024" },
  "pa-tilemap": { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" },
  "pa-stat": { dataset: "internet-users@1.0.0", measure: "penetration_pct" },
};

/** One element of every kind, in table order, with the attributes `shown` gives its tag (else the kind's own). */
export function everyKind(shown: Partial<Record<Tag, Record<string, string>>> = {}): [Tag, Record<string, string>][] {
  return KINDS.map((k) => [k.tag, shown[k.tag] ?? k.attrs]);
}

/** The `/v1/charts/{element}.svg` query of an element's attributes (the same names). */
export function svgPath(kind: Kind, extra: Record<string, string>): string {
  const element = kind.tag.slice(3);
  return `/v1/charts/${element}.svg?${new URLSearchParams({ ...kind.attrs, ...extra })}`;
}
