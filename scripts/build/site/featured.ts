/**
 * @module Which chart the home page shows for each theme. Curated choices come first, each picked to answer its
 * theme's question (THEMES in i18n.ts): "比重" is answered by shares, "趋同" by a dispersion across provinces over
 * time, a market's concentration by one market's shares. A choice whose datasets or measures are not (yet) in the
 * catalog is skipped, and the first dataset of the theme with a default view is the fallback — so the page always
 * builds from what is published.
 */
import type { LocalizedText, Theme } from "../../../schemas";
import { latestOf, type SiteContext } from "./context";
import { defaultView } from "./views";
import type { WidgetAttributes } from "./widgets";

/** A chart the home page can show. */
export interface Featured {
  tag: string;
  dataset: string;
  attributes: WidgetAttributes;
  /** A title saying what is plotted, where the element's own would name the method (σ 收敛). */
  caption?: LocalizedText;
}

interface Choice {
  /** The element (default `pa-chart`). */
  tag?: "pa-chart" | "pa-share";
  dataset: string;
  measure: string;
  region?: string;
  period?: string;
  /** `pa-chart`'s `kind` (line, area, bar). */
  kind?: string;
  /** `pa-share`'s whole (`total` measure). */
  total?: string;
}

/** An indicator computed from published datasets (`pa-indicator`); `datasets` must all be in the catalog. */
interface IndicatorChoice {
  indicator: string;
  params: string;
  datasets: string[];
  caption: LocalizedText;
}

/** Curated choices per theme, best first (ids and measures from the agreed dataset contract). */
const CHOICES: Partial<Record<Theme, (Choice | IndicatorChoice)[]>> = {
  // "三次产业的比重如何变化": the shares of GDP, not the levels.
  "industrial-structure": [
    { tag: "pa-share", dataset: "national-gdp", measure: "primary,secondary,tertiary", total: "gdp" },
    { dataset: "province-gdp", measure: "gdp", region: "CN-GD,CN-JS,CN-GS" },
  ],
  // "各省的公共服务资源是否在趋同": the dispersion of a per-person resource across provinces, period by period
  // (σ convergence; a falling line is convergence) — not China against the world.
  "public-services": [
    {
      indicator: "sigma-convergence",
      params:
        "value=province-education-expenditure@1.0.0:local_fiscal_expenditure_education/province-population@1.0.0:population&dispersion=cv",
      datasets: ["province-education-expenditure", "province-population"],
      caption: {
        zh: "各省人均地方财政教育支出的离散程度（变异系数，下降即趋同）",
        en: "Spread of local education spending per person across provinces (coefficient of variation; falling = converging)",
      },
    },
    {
      indicator: "sigma-convergence",
      params: "value=province-health-resources@1.0.0:health_technical_personnel_per_10k_pop&dispersion=cv",
      datasets: ["province-health-resources"],
      caption: {
        zh: "各省每万人卫生技术人员数的离散程度（变异系数，下降即趋同）",
        en: "Spread of health workers per 10,000 people across provinces (coefficient of variation; falling = converging)",
      },
    },
  ],
  circulation: [
    { dataset: "online-retail", measure: "physical_goods_share_pct" },
    { dataset: "express-delivery", measure: "parcels" },
  ],
  // "少数平台占有多大的市场份额": one market in one period (food delivery, 2018-H1: three platforms from one
  // source), not the mobile-payment series whose seven sparse labels come from different reports.
  platforms: [
    { dataset: "platform-market-shares", measure: "food_delivery_share_pct", period: "2018-H1", kind: "bar" },
    { dataset: "platform-market-shares", measure: "mobile_payment_share_pct", period: "2018-Q1", kind: "bar" },
  ],
  "digital-divide": [{ dataset: "internet-users", measure: "penetration_pct,rural_penetration_pct,urban_penetration_pct" }],
  "common-prosperity": [
    { dataset: "national-gini", measure: "gini" },
    { dataset: "national-household-income", measure: "disposable_income_mean_urban,disposable_income_mean_rural" },
  ],
  "digital-economy": [{ dataset: "digital-economy", measure: "share_of_gdp_pct" }],
};

const list = (text: string | undefined) => (text ? text.split(",") : []);

/** Every indicator query the home page may show (the build computes them for the charts' static figures). */
export function featuredIndicatorQueries(): { indicator: string; params: string }[] {
  return Object.values(CHOICES).flatMap((choices) =>
    (choices ?? []).flatMap((c) => ("indicator" in c ? [{ indicator: c.indicator, params: c.params }] : [])),
  );
}

/** The chart for a theme, or `undefined` when nothing published can show it. */
export function featuredChart(theme: Theme, ctx: SiteContext): Featured | undefined {
  for (const choice of CHOICES[theme] ?? []) {
    if ("indicator" in choice) {
      if (!choice.datasets.every((id) => ctx.catalog.datasets.some((d) => d.id === id))) continue;
      return {
        tag: "pa-indicator",
        dataset: choice.datasets[0] as string,
        attributes: { indicator: choice.indicator, params: choice.params },
        caption: choice.caption,
      };
    }
    const entry = ctx.catalog.datasets.find((d) => d.id === choice.dataset);
    if (!entry) continue;
    const latest = latestOf(entry);
    const ok =
      list(choice.measure).every((m) => latest.coverage.measures.includes(m)) &&
      list(choice.region).every((r) => latest.coverage.regions.includes(r));
    if (!ok) continue;
    return {
      tag: choice.tag ?? "pa-chart",
      dataset: entry.id,
      attributes: {
        dataset: `${entry.id}@${latest.version}`,
        measure: choice.measure,
        region: choice.region,
        period: choice.period,
        kind: choice.kind,
        total: choice.total,
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
