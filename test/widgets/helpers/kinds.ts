/**
 * @module One representative of every element kind (issue #11/#12 acceptance: "every element kind"), with the
 * attributes it is shown with and the event that says it is drawn. The visual matrix and the SVG parity test are
 * generated from this list, so a new kind is covered by adding one line.
 */
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

/** Every element kind, each with data that exercises its figure (#11's named cases among them). */
export const KINDS: readonly Kind[] = [
  { name: "gini-chart", tag: "pa-chart", attrs: { dataset: "national-gini@1.1.0" }, event: "pa-draw" },
  { name: "gdp-stat", tag: "pa-stat", attrs: { dataset: "national-gdp@1.0.0", measure: "gdp" }, event: "pa-load" },
  {
    name: "platform-shares",
    tag: "pa-share",
    attrs: { dataset: "platform-market-shares@1.0.0", measure: "mobile_payment_share_pct" },
    event: "pa-draw",
  },
  { name: "ranking", tag: "pa-ranking", attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }, event: "pa-draw" },
  { name: "tilemap", tag: "pa-tilemap", attrs: { dataset: "province-gdp@1.0.0", measure: "gdp" }, event: "pa-load" },
  { name: "table", tag: "pa-table", attrs: { dataset: "province-gdp@1.0.0", group: "northeast", period: "2022..2024" }, event: "pa-load" },
  { name: "indicator", tag: "pa-indicator", attrs: { ...THEIL }, event: "pa-draw" },
];

/** The `/v1/charts/{element}.svg` query of an element's attributes (the same names). */
export function svgPath(kind: Kind, extra: Record<string, string>): string {
  const element = kind.tag.slice(3);
  return `/v1/charts/${element}.svg?${new URLSearchParams({ ...kind.attrs, ...extra })}`;
}
