/**
 * @module `/gallery/builder.json`: what the embed builder offers, written at build time from the catalog so the
 * builder needs no API call to list datasets, versions, measures, regions (with names) and periods.
 */
import semver from "semver";
import { drawnTags } from "../../../figure/element-figures";
import type { BuilderData, BuilderDataset, BuilderIndicator } from "../../../figure/embed/builder-data";
import { latestOf, type SiteContext } from "./context";
import { availableKinds } from "./gallery-elements";
import { defaultView } from "./views";

export type { BuilderData, BuilderDataset };

/** Builds the builder's data from the context. */
export function builderData(ctx: SiteContext): BuilderData {
  const datasets: BuilderDataset[] = [];
  for (const entry of ctx.catalog.datasets) {
    if (entry.kind !== "observations") continue;
    const latest = latestOf(entry);
    const view = defaultView(entry, ctx.rows(entry.id, latest.version), ctx.aggregates);
    if (!view) continue;
    datasets.push({
      id: entry.id,
      title: entry.title,
      versions: [...entry.versions]
        .sort((a, b) => semver.rcompare(a.version, b.version))
        .map((v) => ({ version: v.version, published: v.published })),
      measures: entry.measures
        .filter((m) => latest.coverage.measures.includes(m.id))
        .map((m) => ({ id: m.id, title: m.title, unit: m.unit })),
      regions: latest.coverage.regions.map((code) => ({ code, name: { zh: ctx.regionName(code, "zh"), en: ctx.regionName(code, "en") } })),
      periods: latest.coverage.periods,
      provinces: latest.coverage.regions.filter((r) => /^CN-[A-Z]{2}$/.test(r)).length >= 30,
      default: { measure: view.measures, region: view.regions },
    });
  }
  return {
    script: ctx.embed,
    kinds: availableKinds(ctx),
    drawn: drawnTags([...ctx.widgetTags]),
    indicators: builderIndicators(ctx),
    datasets,
  };
}

/** The indicators the builder offers: those whose documented example the build computed (so it draws). */
export function builderIndicators(ctx: SiteContext): BuilderIndicator[] {
  const { indicators, examples } = ctx.indicators;
  return indicators.filter((i) => examples.has(i.id)).map((i) => ({ id: i.id, title: i.title, params: i.example }));
}
