/**
 * @module Reading a data response the way every dataset view needs: measure metadata, units, values as the
 * source prints them, series names, and the provenance for the source line and citation.
 */
import { categoryLabel } from "../../figure/category-name";
import type { DataResponse } from "../../schemas/data-response";
import type { WidgetLang } from "../internal/i18n";
import { formatNumber, withUnit } from "./format";
import type { RegionIndex } from "./regions";
import type { Row, Series } from "./series";
import type { Provenance } from "./view";

/** What a dataset element loads: the validated response, its rows and the region names. */
export interface DatasetBundle {
  data: DataResponse;
  rows: Row[];
  regions: RegionIndex;
}

/** The measure's metadata, if the response described it. */
export const measureMeta = (data: DataResponse, id: string) => data.measures.find((m) => m.id === id);

/** The measure's unit in `lang`. */
export const unitOf = (data: DataResponse, id: string, lang: WidgetLang): string | undefined => measureMeta(data, id)?.unit[lang];

/** A value as the source prints it (its decimals), with its unit unless `unit` is false. */
export function valueText(data: DataResponse, measure: string, value: number, lang: WidgetLang, unit = true): string {
  const text = formatNumber(value, lang, measureMeta(data, measure)?.decimals);
  return unit ? withUnit(text, unitOf(data, measure, lang)) : text;
}

/** A column header: the name with its unit in brackets. */
export const withUnitLabel = (label: string, unit: string | undefined): string => (unit ? `${label} (${unit})` : label);

/** A series' name: the measure, plus the region and category when several are shown. */
export function seriesLabel(bundle: DatasetBundle, series: Series, all: readonly Series[], lang: WidgetLang): string {
  const parts: string[] = [];
  if (new Set(all.map((s) => s.measure)).size > 1 || all.length === 1)
    parts.push(measureMeta(bundle.data, series.measure)?.title[lang] ?? series.measure);
  if (new Set(all.map((s) => s.region)).size > 1) parts.push(bundle.regions.name(series.region, lang));
  if (series.category && new Set(all.map((s) => s.category)).size > 1) parts.push(categoryLabel(series.category, lang));
  return parts.join(" · ");
}

/** Where a response came from. */
export const provenance = (data: DataResponse, base: string): Provenance => ({
  base,
  id: data.dataset,
  version: data.version,
  kind: "dataset",
  title: data.title,
  attribution: data.attribution,
});
