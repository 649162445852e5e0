/**
 * @module Which chart the home page shows for each theme. Curated choices come first; a choice whose dataset or
 * measures are not (yet) in the catalog is skipped, and the first dataset of the theme with a default view is the
 * fallback — so the page always builds from what is published.
 */
import type { Theme } from "../../../schemas";
import { latestOf, type SiteContext } from "./context";
import { defaultView } from "./views";
import type { WidgetAttributes } from "./widgets";

/** A chart the home page can show. */
export interface Featured {
  tag: string;
  dataset: string;
  attributes: WidgetAttributes;
}

interface Choice {
  dataset: string;
  measure: string;
  region?: string;
  period?: string;
  /** `pa-chart`'s `kind` (line, area, bar). */
  kind?: string;
}

/** Curated choices per theme, best first (ids and measures from the agreed dataset contract). */
const CHOICES: Partial<Record<Theme, Choice[]>> = {
  "industrial-structure": [
    { dataset: "national-gdp", measure: "primary,secondary,tertiary" },
    { dataset: "province-gdp", measure: "gdp", region: "CN-GD,CN-JS,CN-GS" },
  ],
  "public-services": [{ dataset: "world-public-services", measure: "physicians_per_1000", region: "CHN,WLD", period: "1990..2025" }],
  circulation: [
    { dataset: "online-retail", measure: "physical_goods_share_pct" },
    { dataset: "express-delivery", measure: "parcels" },
  ],
  platforms: [{ dataset: "platform-market-shares", measure: "mobile_payment_share_pct", kind: "bar" }],
  "digital-divide": [{ dataset: "internet-users", measure: "penetration_pct,rural_penetration_pct,urban_penetration_pct" }],
  "common-prosperity": [
    { dataset: "national-gini", measure: "gini" },
    { dataset: "national-household-income", measure: "disposable_income_mean_urban,disposable_income_mean_rural" },
  ],
  "digital-economy": [{ dataset: "digital-economy", measure: "share_of_gdp_pct" }],
};

const list = (text: string | undefined) => (text ? text.split(",") : []);

/** The chart for a theme, or `undefined` when nothing published can show it. */
export function featuredChart(theme: Theme, ctx: SiteContext): Featured | undefined {
  for (const choice of CHOICES[theme] ?? []) {
    const entry = ctx.catalog.datasets.find((d) => d.id === choice.dataset);
    if (!entry) continue;
    const latest = latestOf(entry);
    const ok =
      list(choice.measure).every((m) => latest.coverage.measures.includes(m)) &&
      list(choice.region).every((r) => latest.coverage.regions.includes(r));
    if (!ok) continue;
    return {
      tag: "pa-chart",
      dataset: entry.id,
      attributes: {
        dataset: `${entry.id}@${latest.version}`,
        measure: choice.measure,
        region: choice.region,
        period: choice.period,
        kind: choice.kind,
      },
    };
  }
  for (const entry of ctx.catalog.datasets.filter((d) => d.themes.includes(theme))) {
    const latest = latestOf(entry);
    const view = defaultView(entry, ctx.rows(entry.id, latest.version), ctx.aggregates);
    if (!view) continue;
    return {
      tag: "pa-chart",
      dataset: entry.id,
      attributes: { dataset: `${entry.id}@${latest.version}`, measure: view.measures.join(","), region: view.regions.join(",") },
    };
  }
  return undefined;
}
