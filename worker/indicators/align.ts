/**
 * @module Joins several series on region, period (and category): the rule for inputs that do not cover the
 * same periods. Pure.
 *
 * - A period that some inputs have and others lack is left out with a warning — or, when the request named a
 *   period range, is a 400 that says which range all inputs cover.
 * - Within a period all inputs share, a region (or category) that one input has and another lacks is always a
 *   400: an inequality measure must not silently lose a unit, and a weight must not be guessed.
 */

import type { LocalizedText } from "../../schemas/localized-text";
import { comparePeriods } from "../../schemas/period";
import { InvalidInput } from "../lib/math/invalid-input";
import type { Series, SeriesPoint } from "./series";

/** One joined row: the values of every input for one region, period and category, in input order. */
export interface JoinedRow {
  region: string;
  period: string;
  category?: string;
  values: number[];
}

const keyOf = (p: SeriesPoint) => `${p.region}\u0000${p.category ?? ""}`;

/** Compact list of periods for messages: `2006, 2007, …, 2014 (9 periods)`; zh `2006、2007、2008…2014（共9期）`. */
export function listPeriods(periods: readonly string[], lang: "zh" | "en" = "en"): string {
  const sorted = [...periods].sort(comparePeriods);
  const zh = lang === "zh";
  if (sorted.length <= 6) return sorted.join(zh ? "、" : ", ");
  return zh
    ? `${sorted.slice(0, 3).join("、")}…${sorted.at(-1)}（共${sorted.length}期）`
    : `${sorted.slice(0, 3).join(", ")}, …, ${sorted.at(-1)} (${sorted.length} periods)`;
}

/** The points of a series indexed by period, then region/category; duplicate rows are an error. */
function index(series: Series): Map<string, Map<string, SeriesPoint>> {
  const byPeriod = new Map<string, Map<string, SeriesPoint>>();
  for (const p of series.points) {
    let units = byPeriod.get(p.period);
    if (!units) {
      units = new Map();
      byPeriod.set(p.period, units);
    }
    const key = keyOf(p);
    if (units.has(key)) {
      throw new InvalidInput(
        `${series.label} has more than one value for ${p.region} in ${p.period}${p.category ? ` (${p.category})` : ""}: its rows have categories this indicator does not combine. Pick a measure without categories, or an indicator that reads categories (hhi, cr-n).`,
        series.param,
      );
    }
    units.set(key, p);
  }
  return byPeriod;
}

/**
 * Joins `inputs` on region + period + category. Returns the rows of the periods every input covers, sorted by
 * period then region, with warnings for the periods left out.
 */
export function joinSeries(inputs: readonly Series[], strictPeriods: boolean): { rows: JoinedRow[]; warnings: LocalizedText[] } {
  // Memoized by the inputs' identity: a memoized request hands the same series objects to every request that
  // reads the same exact versions (worker/indicators/load/load.ts), and series are never modified.
  let memo: WeakMap<object, unknown> | undefined = joined;
  for (const input of inputs) {
    let next = memo.get(input) as WeakMap<object, unknown> | undefined;
    if (!next) {
      next = new WeakMap();
      memo.set(input, next);
    }
    memo = next;
  }
  const flag = strictPeriods ? STRICT : LENIENT;
  let result = memo.get(flag) as { rows: JoinedRow[]; warnings: LocalizedText[] } | undefined;
  if (!result) {
    result = join(inputs, strictPeriods);
    memo.set(flag, result);
  }
  // Callers may add to the lists they get; the rows themselves are read only.
  return { rows: [...result.rows], warnings: [...result.warnings] };
}

const joined = new WeakMap<object, unknown>();
const STRICT = {};
const LENIENT = {};

function join(inputs: readonly Series[], strictPeriods: boolean): { rows: JoinedRow[]; warnings: LocalizedText[] } {
  const indexes = inputs.map(index);
  const warnings: LocalizedText[] = [];
  const all = new Set(indexes.flatMap((ix) => [...ix.keys()]));
  const shared = [...all].filter((period) => indexes.every((ix) => ix.has(period))).sort(comparePeriods);
  if (inputs.length > 1) {
    const coverage = inputs.map((s, i) => `${s.label} covers ${listPeriods([...(indexes[i] as Map<string, unknown>).keys()])}`).join("; ");
    if (shared.length === 0) {
      throw new InvalidInput(`The inputs have no period in common (${coverage}). Choose inputs that overlap in time.`, "period");
    }
    const missing = [...all].filter((p) => !shared.includes(p));
    if (missing.length > 0) {
      if (strictPeriods) {
        throw new InvalidInput(
          `Mismatched periods: ${coverage}. ${listPeriods(missing)} are not in every input; ask for period=${shared[0]}..${shared.at(-1)} or leave period out to use the periods they share.`,
          "period",
        );
      }
      warnings.push({
        zh: `以下期间并非所有输入都有数据，已略去：${listPeriods(missing, "zh")}。`,
        en: `Left out ${listPeriods(missing)}: not every input has data for them (${coverage}).`,
      });
    }
  }
  const rows: JoinedRow[] = [];
  for (const period of shared) {
    const maps = indexes.map((ix) => ix.get(period) as Map<string, SeriesPoint>);
    const keys = new Set(maps.flatMap((m) => [...m.keys()]));
    for (const key of keys) {
      const points = maps.map((m) => m.get(key));
      const missingAt = points.indexOf(undefined);
      if (missingAt >= 0) {
        const present = points.find((p) => p !== undefined) as SeriesPoint;
        const lacking = inputs[missingAt] as Series;
        throw new InvalidInput(
          `${lacking.label} (${lacking.param}=) has no value for ${present.region}${present.category ? ` / ${present.category}` : ""} in ${period}, while another input has one. Supply a complete ${lacking.param} series, or leave ${present.region} out with region=….`,
          lacking.param,
        );
      }
      const first = points[0] as SeriesPoint;
      rows.push({
        region: first.region,
        period,
        ...(first.category === undefined ? {} : { category: first.category }),
        values: points.map((p) => (p as SeriesPoint).value),
      });
    }
  }
  rows.sort((a, b) => comparePeriods(a.period, b.period) || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  return { rows, warnings };
}

/** The ratio series `numerator / denominator`, joined on region and period; a zero denominator is an error. */
export function ratioSeries(
  numerator: Series,
  denominator: Series,
  strictPeriods: boolean,
  label: string,
  param: string,
): { series: Series; warnings: LocalizedText[] } {
  const { rows, warnings } = joinSeries([numerator, denominator], strictPeriods);
  const points = rows.map((r) => {
    const [a, b] = r.values as [number, number];
    if (b === 0) {
      throw new InvalidInput(
        `${denominator.label} is 0 for ${r.region} in ${r.period}, so ${label} is undefined there. Leave it out with region=… or period=….`,
        param,
      );
    }
    return { region: r.region, period: r.period, ...(r.category === undefined ? {} : { category: r.category }), value: a / b };
  });
  const unit = {
    zh: `${numerator.unit.zh} / ${denominator.unit.zh}`,
    en: `${numerator.unit.en} per ${denominator.unit.en}`,
  };
  return { series: { param, label, unit, points }, warnings };
}
