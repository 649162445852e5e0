/**
 * @module Reads the rows of resolved references, applies the request's filters, and builds the series,
 * grouping and context an indicator's `compute` takes.
 */
import type { LocalizedText } from "../../../schemas/localized-text";
import type { Observation } from "../../../schemas/observation";
import type { DataQuery } from "../../../schemas/query";
import { selectionOf } from "../../lib/filter";
import { groupsOf, loadRegions } from "../../storage/regions";
import { readRows, selectRows } from "../../storage/rows";
import type { DataStore } from "../../storage/store";
import { ratioSeries } from "../align";
import type { Series } from "../series";
import type { ComputeContext } from "../types";
import type { ResolvedExpr, ResolvedRef, ResolvedRequest } from "./resolve";

/** The inputs of `compute`, plus warnings raised while building them (e.g. periods a ratio's parts do not share). */
export interface LoadedRequest {
  series: Record<string, Series | Series[] | undefined>;
  context: ComputeContext;
  warnings: LocalizedText[];
}

/** Most series points the isolate keeps in memoized inputs (about 100 bytes each). */
export const MEMO_POINTS = 200_000;

interface Memo {
  entries: Map<string, { value: Promise<LoadedRequest>; points: number }>;
  points: number;
}
const memos = new WeakMap<DataStore, Memo>();

const refKey = (r: ResolvedRef) => `${r.param}=${r.entry.id}@${r.version.version}:${r.ref.measure}`;
const exprKey = (e: ResolvedExpr) =>
  `${e.expr.negative ? "-" : ""}${refKey(e.numerator)}${e.denominator ? `/${refKey(e.denominator)}` : ""}`;

/** What identifies loaded inputs: the exact versions and measures read, the expressions and the filters. */
function requestKey(resolved: ResolvedRequest, filters: Pick<DataQuery, "region" | "group" | "period">): string {
  const series = Object.entries(resolved.series).map(([name, value]) =>
    value === undefined ? "" : `${name}:${Array.isArray(value) ? `[${value.map(exprKey).join(",")}]` : exprKey(value)}`,
  );
  return JSON.stringify([series, resolved.grouping ? refKey(resolved.grouping) : "", filters.region, filters.group, filters.period]);
}

const pointsOf = (loaded: LoadedRequest) =>
  Object.values(loaded.series)
    .flatMap((s) => (s === undefined ? [] : Array.isArray(s) ? s : [s]))
    .reduce((n, s) => n + s.points.length, 0);

/**
 * The inputs of a resolved request, memoized per isolate: every reference is resolved to an exact, immutable
 * version, so the same versions, expressions and filters always give the same series — the rows need not be
 * read, filtered and joined again (the aligned ratio series are reused as they are). Least recently used out
 * beyond {@link MEMO_POINTS} points; failures are not kept. Callers must not modify what they get.
 */
export function loadRequestMemoized(
  store: DataStore,
  resolved: ResolvedRequest,
  filters: Pick<DataQuery, "region" | "group" | "period">,
): Promise<LoadedRequest> {
  let memo = memos.get(store);
  if (!memo) {
    memo = { entries: new Map(), points: 0 };
    memos.set(store, memo);
  }
  const m = memo;
  const key = requestKey(resolved, filters);
  const hit = m.entries.get(key);
  if (hit) {
    m.entries.delete(key);
    m.entries.set(key, hit);
    return hit.value;
  }
  const entry = { value: loadRequest(store, resolved, filters), points: 0 };
  m.entries.set(key, entry);
  entry.value.then(
    (loaded) => {
      if (m.entries.get(key) !== entry) return;
      entry.points = pointsOf(loaded);
      m.points += entry.points;
      for (const [k, e] of m.entries) {
        if (m.points <= MEMO_POINTS) break;
        m.entries.delete(k);
        m.points -= e.points;
      }
    },
    () => {
      if (m.entries.get(key) === entry) m.entries.delete(key);
    },
  );
  return entry.value;
}

/** Loads the inputs of a resolved request, filtered by `filters`. */
export async function loadRequest(
  store: DataStore,
  resolved: ResolvedRequest,
  filters: Pick<DataQuery, "region" | "group" | "period">,
): Promise<LoadedRequest> {
  const regions = await loadRegions(store);
  const filterContext = { groups: groupsOf(regions) };
  const strictPeriods = filters.period !== undefined;
  const warnings: LocalizedText[] = [];

  // Status flags are part of the data: say how many of the values an indicator used are estimates, rounded,
  // provisional or measured by an old method, so a reader does not take them for clean official figures.
  const flag = (label: string, rows: readonly Observation[]) => {
    const counts = new Map<string, number>();
    // A status holds one or more flags joined by ";" (the schema checks each): count each flag.
    for (const o of rows) for (const f of o.status?.split(";") ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
    if (counts.size === 0) return;
    const list = [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
    // The flags are the API's codes (the `status` column): zh quotes them as codes, not as English words.
    const zhList = [...counts].map(([status, n]) => `status=${status}：${n}个`).join("、");
    warnings.push({
      zh: `${label}：所读 ${rows.length} 个值中有状态标记（${zhList}），见数据集的注意事项。`,
      en: `${label}: of the ${rows.length} values read, ${list} (status flags; see the dataset's caveats).`,
    });
  };

  const read = async (r: ResolvedRef): Promise<Series> => {
    const label = `${r.entry.id}@${r.version.version}:${r.ref.measure}`;
    // Read only the blocks the filters can match (a province's block, not the whole version).
    const selection = selectionOf({ ...filters, measure: [r.ref.measure] }, filterContext);
    const rows = await selectRows<Observation>(store, r.entry.id, r.version.version, selection);
    flag(label, rows);
    const points = rows.map((o) => ({
      region: o.region,
      period: o.period,
      ...(o.category === undefined ? {} : { category: o.category }),
      value: o.value,
    }));
    const unit = r.entry.measures.find((m) => m.id === r.ref.measure)?.unit ?? { zh: "", en: "" };
    return { param: r.param, label, unit, points };
  };

  const build = async (e: ResolvedExpr): Promise<Series> => {
    const numerator = await read(e.numerator);
    const negative = e.expr.negative ? { negative: true } : {};
    if (!e.denominator) return { ...numerator, ...negative };
    const denominator = await read(e.denominator);
    const label = `${numerator.label}/${denominator.label}`;
    const ratio = ratioSeries(numerator, denominator, strictPeriods, label, e.numerator.param);
    warnings.push(...ratio.warnings);
    return { ...ratio.series, ...negative };
  };

  const series: LoadedRequest["series"] = {};
  for (const [name, value] of Object.entries(resolved.series)) {
    if (value === undefined) continue;
    series[name] = Array.isArray(value) ? await Promise.all(value.map(build)) : await build(value);
  }

  let groups: Map<string, string> | undefined;
  if (resolved.grouping) {
    const g = resolved.grouping;
    const rows = await readRows(store, g.entry.id, g.version.version);
    groups = new Map(
      rows.filter((r) => r.region !== undefined && r[g.ref.measure] !== undefined).map((r) => [String(r.region), String(r[g.ref.measure])]),
    );
  }
  const context: ComputeContext = { strictPeriods, provinces: new Set(regions.map((r) => r.region)), ...(groups ? { groups } : {}) };
  return { series, context, warnings };
}
