/**
 * @module Resolves an indicator request's dataset references to exact published versions (catalog only, no
 * rows), so the ETag can be computed and a conditional request answered before any data is read.
 */
import type { CatalogEntry, PublishedVersion } from "../../../schemas/catalog";
import type { IndicatorInput } from "../../../schemas/indicator";
import { ALIASES } from "../../lib/filter";
import { HttpProblem } from "../../lib/problem";
import { findDataset, loadCatalog, resolveVersion } from "../../storage/catalog";
import type { DataStore } from "../../storage/store";
import type { IndicatorQuery } from "../params";
import type { DatasetRef, SeriesExpr } from "../series";
import type { Indicator } from "../types";

/** A reference resolved to its catalog entry and exact version. */
export interface ResolvedRef {
  param: string;
  ref: DatasetRef;
  entry: CatalogEntry;
  version: PublishedVersion;
  exact: boolean;
}

/** A series parameter's expressions, resolved. */
export interface ResolvedExpr {
  expr: SeriesExpr;
  numerator: ResolvedRef;
  denominator?: ResolvedRef;
}

/** Everything a request reads, resolved. */
export interface ResolvedRequest {
  series: Record<string, ResolvedExpr | ResolvedExpr[] | undefined>;
  grouping?: ResolvedRef;
  /** Every input, for the response's `inputs` and the ETag. */
  inputs: IndicatorInput[];
  /** True when every reference named an exact version (the result can then be cached as immutable). */
  exact: boolean;
}

/** Resolves one `dataset@version:measure` (or `:field` for a grouping table) against the catalog. */
async function resolveRef(store: DataStore, param: string, ref: DatasetRef, as: "measure" | "field", asOf?: string): Promise<ResolvedRef> {
  const catalog = await loadCatalog(store);
  let entry: CatalogEntry;
  try {
    entry = findDataset(catalog, ref.dataset);
  } catch (error) {
    if (error instanceof HttpProblem) {
      // An unknown dataset inside a query parameter is a bad parameter (400), not a missing resource.
      throw new HttpProblem("invalid-parameter", `${param}=: there is no dataset "${ref.dataset}".`, {
        param,
        allowed: catalog.datasets.map((d) => d.id),
      });
    }
    throw error;
  }
  let resolved: { version: PublishedVersion; exact: boolean };
  try {
    resolved = resolveVersion(entry, ref.spec, asOf);
  } catch (error) {
    // A day before the release stays a not-yet-released problem (about asOf); anything else is about the parameter.
    if (error instanceof HttpProblem && error.type !== "not-yet-released")
      throw new HttpProblem("invalid-parameter", `${param}=: ${error.detail}`, { ...error.extras, param });
    throw error;
  }
  if (as === "measure") {
    if (entry.kind !== "observations") {
      throw new HttpProblem(
        "invalid-parameter",
        `${param}=: ${entry.id} is a reference table, not observations; use it as by=${entry.id}@${resolved.version.version}:<field>.`,
        {
          param,
        },
      );
    }
    const allowed = entry.measures.map((m) => m.id);
    if (!allowed.includes(ref.measure)) {
      throw new HttpProblem("invalid-parameter", `${param}=: ${entry.id} has no measure "${ref.measure}".`, { param, allowed });
    }
  } else {
    const allowed = (entry.fields ?? []).map((f) => f.name).filter((f) => f !== "region");
    if (entry.kind !== "reference" || !allowed.includes(ref.measure)) {
      throw new HttpProblem(
        "invalid-parameter",
        `${param}=: a grouping is a field of a reference table with a region column, such as regions@1.0.0:group.`,
        {
          param,
          ...(entry.kind === "reference" ? { allowed } : {}),
        },
      );
    }
  }
  return { param, ref, entry, ...resolved };
}

const inputOf = (r: ResolvedRef, as: "measure" | "field"): IndicatorInput => ({
  param: r.param,
  dataset: r.entry.id,
  version: r.version.version,
  requested: r.ref.spec || "latest",
  hash: r.version.hash,
  [as]: r.ref.measure,
});

/** Resolves every series and grouping parameter of a parsed query. */
export async function resolveRequest(store: DataStore, indicator: Indicator, query: IndicatorQuery): Promise<ResolvedRequest> {
  const series: ResolvedRequest["series"] = {};
  const all: ResolvedRef[] = [];
  const { asOf } = query;
  const resolveExpr = async (param: string, expr: SeriesExpr): Promise<ResolvedExpr> => {
    const numerator = await resolveRef(store, param, expr.numerator, "measure", asOf);
    all.push(numerator);
    if (!expr.denominator) return { expr, numerator };
    const denominator = await resolveRef(store, param, expr.denominator, "measure", asOf);
    all.push(denominator);
    return { expr, numerator, denominator };
  };
  for (const name of Object.keys(indicator.series)) {
    const value = query[name] as SeriesExpr | SeriesExpr[] | undefined;
    if (value === undefined) continue;
    series[name] = Array.isArray(value) ? await Promise.all(value.map((e) => resolveExpr(name, e))) : await resolveExpr(name, value);
  }
  let grouping: ResolvedRef | undefined;
  if (indicator.grouping && query.by) grouping = await resolveRef(store, "by", query.by as DatasetRef, "field", asOf);
  const seen = new Set<string>();
  const inputs: IndicatorInput[] = [];
  for (const input of [...all.map((r) => inputOf(r, "measure")), ...(grouping ? [inputOf(grouping, "field")] : [])]) {
    const key = `${input.param}|${input.dataset}|${input.version}|${input.measure ?? input.field}`;
    if (!seen.has(key)) {
      seen.add(key);
      inputs.push(input);
    }
  }
  return { series, ...(grouping ? { grouping } : {}), inputs, exact: [...all, ...(grouping ? [grouping] : [])].every((r) => r.exact) };
}

/**
 * A `region=` filter that names no region any input covers is the caller's to fix: a 400 naming `region` (the
 * computation would otherwise fail later with a message about periods). Coverage comes from the catalog.
 */
export function checkRegions(resolved: ResolvedRequest, regions: readonly string[] | undefined): void {
  if (!regions) return;
  const known = new Set<string>();
  const refs = Object.values(resolved.series).flatMap((e) => (e === undefined ? [] : Array.isArray(e) ? e : [e]));
  for (const { numerator, denominator } of refs)
    for (const ref of [numerator, denominator]) for (const code of ref?.version.coverage.regions ?? []) known.add(code);
  const unknown = regions.find((code) => !known.has(code) && !known.has(ALIASES[code] ?? ""));
  if (unknown !== undefined) {
    throw new HttpProblem("invalid-parameter", `No input covers region "${unknown.slice(0, 20)}".`, {
      param: "region",
      allowed: [...known],
    });
  }
}
