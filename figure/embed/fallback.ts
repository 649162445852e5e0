/**
 * @module The fallback the embed builder puts inside an element (site/js/builder.ts): the charts Worker's SVG of the
 * same attributes (`/v1/charts/{element}.svg`), alt = the figure's summary, and links to the page and the numbers
 * of the same selection — the dataset page and its CSV, or for `<pa-indicator>` the indicator's page and its result.
 */
import type { Fallback } from "./snippet";

/** Attributes in snippet order. */
type Attributes = readonly (readonly [string, string])[];

/** The data filters a dataset's CSV link keeps. */
const FILTERS = ["measure", "region", "group", "period"];

/**
 * The fallback of `<tag …attributes>` on `origin`, or undefined when the charts Worker draws no figure of `tag`.
 * `drawn` holds the tags it draws (builder.json's `drawn`, derived from the element table by the build).
 */
export function embedFallback(
  origin: string,
  drawn: readonly string[],
  tag: string,
  attributes: Attributes,
  alt: string,
): Fallback | undefined {
  if (!drawn.includes(tag)) return undefined;
  const get = (k: string) => attributes.find(([key]) => key === k)?.[1];
  const en = get("lang") === "en";
  const prefix = `${origin}${en ? "/en" : ""}`;
  const img = `${origin}/v1/charts/${tag.slice(3)}.svg?${new URLSearchParams(attributes as [string, string][])}`;
  const indicator = get("indicator");
  if (indicator !== undefined)
    return {
      img,
      alt,
      page: { href: `${prefix}/indicators/${indicator}/`, label: en ? "Indicator page" : "指标页面" },
      csv: { href: `${origin}/v1/indicators/${indicator}?${get("params") ?? ""}`, label: en ? "Results (JSON)" : "结果（JSON）" },
    };
  const csv = new URLSearchParams(attributes.filter(([k]) => FILTERS.includes(k)) as [string, string][]);
  const ref = get("dataset") ?? "";
  return {
    img,
    alt,
    page: { href: `${prefix}/datasets/${ref.split("@")[0]}/`, label: en ? "Dataset page" : "数据集页面" },
    csv: { href: `${origin}/v1/datasets/${ref}/data.csv${csv.size ? `?${csv}` : ""}`, label: "CSV" },
  };
}
