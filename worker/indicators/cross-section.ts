/**
 * @module Cross-sections for the inequality indicators: one list of weighted units per period, from a value
 * series, an optional weight series and an optional grouping. Pure.
 */
import type { LocalizedText } from "../../schemas/localized-text";
import { InvalidInput } from "../lib/math/invalid-input";
import type { Unit } from "../lib/math/units";
import { joinSeries } from "./align";
import type { Series } from "./series";
import type { ComputeContext } from "./types";

/** The units of one period. */
export interface CrossSection {
  period: string;
  units: Unit[];
}

/**
 * Builds one cross-section per period. Units are regions (a measure with categories is rejected by the join);
 * national rows beside provinces are left out ({@link provincesOnly}).
 */
export function crossSections(
  value: Series,
  weight: Series | undefined,
  context: ComputeContext,
  needsGroups = false,
): { sections: CrossSection[]; warnings: LocalizedText[] } {
  const joined = joinSeries(weight ? [value, weight] : [value], context.strictPeriods);
  const { kept, warnings } = provincesOnly(joined.rows, context);
  warnings.unshift(...joined.warnings);
  const byPeriod = new Map<string, Unit[]>();
  for (const row of kept) {
    let group: string | undefined;
    if (context.groups) {
      group = context.groups.get(row.region);
      if (group === undefined) {
        throw new InvalidInput(
          `${row.region} has no group in the by= table, so it cannot be decomposed by group. Leave it out with region=… or group=….`,
          "by",
        );
      }
    } else if (needsGroups) {
      throw new InvalidInput("This indicator needs a grouping: add by=regions@1.0.0:group (the NBS four regions).", "by");
    }
    const unit: Unit = {
      id: row.region,
      value: row.values[0] as number,
      weight: weight ? (row.values[1] as number) : 1,
      ...(group === undefined ? {} : { group }),
    };
    const list = byPeriod.get(row.period);
    if (list) list.push(unit);
    else byPeriod.set(row.period, [unit]);
  }
  const complete = completeSections(byPeriod, context);
  warnings.push(...complete.warnings);
  return { sections: complete.sections, warnings };
}

/**
 * Keeps the periods whose cross-section of provinces is complete. When units are provinces, a period that lacks
 * provinces another period has (the 2023 R&D bulletin reposts name 7 provinces, the 2024 bulletin all 31) is not
 * comparable with the others: it is left out with a warning naming what it lacks — or, when the request named a
 * period range, it is a 400. Units of other code lists (countries, whose coverage varies by year) are kept as they are.
 */
function completeSections(
  byPeriod: ReadonlyMap<string, Unit[]>,
  context: ComputeContext,
): { sections: CrossSection[]; warnings: LocalizedText[] } {
  const sections = [...byPeriod].map(([period, units]) => ({ period, units }));
  const all = new Set(sections.flatMap((s) => s.units.map((u) => u.id)));
  if (sections.length < 2 || ![...all].every((id) => context.provinces.has(id))) return { sections, warnings: [] };
  const partial = sections
    .map((s) => ({ period: s.period, lacking: [...all].filter((id) => !s.units.some((u) => u.id === id)).sort() }))
    .filter((s) => s.lacking.length > 0);
  // None lacks a province, or none is complete (nothing comparable to prefer): all are kept, as for countries.
  if (partial.length === 0 || partial.length === sections.length) return { sections, warnings: [] };
  const listed = partial.map((s) => `${s.period} (${all.size - s.lacking.length} of ${all.size}; no ${s.lacking.join(", ")})`).join("; ");
  if (context.strictPeriods) {
    throw new InvalidInput(
      `Periods cover different provinces, so they are not comparable: ${listed}. Ask for one period, or leave period out.`,
      "period",
    );
  }
  const left = new Set(partial.map((s) => s.period));
  return {
    sections: sections.filter((s) => !left.has(s.period)),
    warnings: [
      {
        zh: `以下期间缺少其他期间有的省份，不可比较，已略去：${listed}。`,
        en: `Left out periods that lack provinces other periods have (not comparable): ${listed}.`,
      },
    ],
  };
}

/**
 * Keeps only provinces when rows mix provinces with other codes (`CN` beside the 31 provinces): a national
 * total is not a unit of an inter-provincial distribution. Rows of other code lists (countries) are kept as they are.
 */
export function provincesOnly<T extends { region: string }>(
  rows: readonly T[],
  context: ComputeContext,
): { kept: T[]; warnings: LocalizedText[] } {
  const provinces = rows.filter((r) => context.provinces.has(r.region));
  if (provinces.length === 0 || provinces.length === rows.length) return { kept: [...rows], warnings: [] };
  const dropped = [...new Set(rows.filter((r) => !context.provinces.has(r.region)).map((r) => r.region))];
  return {
    kept: provinces,
    warnings: [
      {
        zh: `跨省比较只计省级单位；已略去 ${dropped.join(", ")}。`,
        en: `Only provinces are units of an inter-provincial comparison; left out ${dropped.join(", ")}.`,
      },
    ],
  };
}

/** `CN` when the units are exactly the provinces of the regions table; otherwise no region label. */
export function regionOf(units: readonly Unit[], context: ComputeContext): { region?: string } {
  if (context.provinces.size > 0 && units.length === context.provinces.size && units.every((u) => context.provinces.has(u.id)))
    return { region: "CN" };
  return {};
}

/** Rounds for explanations only (results keep full precision). */
export const tidy = (x: number): number => Number(x.toPrecision(12));
