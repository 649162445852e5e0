/**
 * @module The API URLs the widgets read, and the default API base: the origin this script was loaded from,
 * so one script tag needs no configuration.
 */

/** The origin of the widget bundle (e.g. `https://atlas.example`). */
export const SCRIPT_ORIGIN: string = new URL(import.meta.url).origin;

/** The API base for an element: its `api` attribute if set, else the script's origin. */
export function apiBase(attribute: string | null | undefined): string {
  return (attribute?.trim() || SCRIPT_ORIGIN).replace(/\/+$/, "");
}

/** Filters a data request may carry; empty ones are left out of the URL. */
export interface DataFilters {
  measure?: string;
  region?: string;
  group?: string;
  period?: string;
}

/** `{base}/v1/datasets/{id@version}/data.json?…` */
export function dataUrl(base: string, dataset: string, filters: DataFilters = {}): string {
  const url = new URL(`${base}/v1/datasets/${encodeURIComponent(dataset.trim()).replace(/%40/g, "@")}/data.json`);
  for (const key of ["measure", "region", "group", "period"] as const) {
    const value = filters[key]?.replace(/\s+/g, "");
    if (value) url.searchParams.set(key, value);
  }
  return url.href;
}

/** `{base}/v1/datasets/{id}@{exact version}`: the metadata a citation needs. */
export const datasetUrl = (base: string, dataset: string, version: string): string =>
  `${base}/v1/datasets/${encodeURIComponent(dataset)}@${encodeURIComponent(version)}`;

/** `{base}/v1/indicators/{id}?{params}`; `params` is a query string as the API documents it. */
export function indicatorUrl(base: string, id: string, params = ""): string {
  const url = new URL(`${base}/v1/indicators/${encodeURIComponent(id.trim())}`);
  url.search = params.trim().replace(/^\?/, "");
  return url.href;
}

/** Splits a comma list attribute. */
export const list = (text: string | null | undefined): string[] =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
