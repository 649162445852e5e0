/**
 * @module When a dataset element's filters match no rows, which filter is to blame and what the dataset has
 * instead: its version's coverage (`regions`, `periods`) from `GET /v1/datasets/{id}@{version}`.
 */
import { fetchJson } from "../internal/data-client";
import type { WidgetLang } from "../internal/i18n";
import { datasetUrl } from "../internal/urls";
import type { DatasetBundle } from "./dataset-helpers";
import { notAllowed } from "./not-allowed";

interface Coverage {
  regions: string[];
  periods: string[];
}

/** The coverage of the response's version, from the version itself or its entry in `versions`. */
function coverageOf(body: unknown, version: string): Coverage | undefined {
  const entry = body as { coverage?: Coverage; versions?: { version?: string; coverage?: Coverage }[] };
  const coverage = entry.coverage ?? entry.versions?.find((v) => v.version === version)?.coverage;
  return Array.isArray(coverage?.regions) && Array.isArray(coverage?.periods) ? coverage : undefined;
}

/** The periods of a `period` attribute (`2030`, `2015..2022`, `2020..`) that the coverage has, by prefix. */
function periodMatches(filter: string, periods: readonly string[]): boolean {
  const [from = "", to = from] = filter.includes("..") ? filter.split("..") : [filter, filter];
  // A year includes its months and quarters: compare on the filter's own precision.
  return periods.some((p) => (!from || p.slice(0, from.length) >= from) && (!to || p.slice(0, to.length) <= to));
}

/**
 * Which filter matched nothing and what the dataset offers instead, as a message in `lang`; `undefined` when
 * there are rows or no filter is to blame.
 */
export async function unmatchedFilter(
  bundle: DatasetBundle,
  filters: { region?: string; period?: string },
  lang: WidgetLang,
  base: string,
  timeoutMs?: number,
): Promise<string | undefined> {
  if (bundle.rows.length > 0 || !(filters.region || filters.period)) return undefined;
  const { dataset, version } = bundle.data;
  let coverage: Coverage | undefined;
  try {
    coverage = (await fetchJson(datasetUrl(base, dataset, version), (body) => coverageOf(body, version), timeoutMs)).value;
  } catch {
    return undefined;
  }
  if (!coverage) return undefined;
  const codes = (filters.region ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = codes.find((c) => !coverage.regions.includes(c));
  if (unknown) return notAllowed("region", unknown, coverage.regions, lang);
  const periods = [...coverage.periods].sort();
  if (filters.period && !periodMatches(filters.period, periods)) {
    const span = periods.length > 1 ? `${periods[0]}..${periods[periods.length - 1]}` : (periods[0] ?? "");
    return notAllowed("period", filters.period, [span], lang);
  }
  return undefined;
}
