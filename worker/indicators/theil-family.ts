/**
 * @module What Theil T and Theil L share: a definition builder over {@link theil} with the decomposition
 * by the `by=` grouping in the result's components and the group and unit terms in `explain`; and the texts
 * both indicators use (constants, so that the indicators' texts stay plain literals the worker bundle drops).
 */
import type { LocalizedText } from "../../schemas/localized-text";
import { type TheilKind, theil } from "../lib/math/theil";
import { crossSections, regionOf, tidy } from "./cross-section";
import { BY, SCALE, VALUE, WEIGHT } from "./shared-params";
import { defineIndicator, type IndicatorTexts } from "./types";

/** The unit of both Theil indices. */
export const THEIL_UNIT: LocalizedText = { zh: "指数（≥0，0 为完全均等）", en: "index (≥ 0; 0 is perfect equality)" };

/** The reference of both Theil indices and their decomposition. */
export const THEIL_REFERENCE =
  "Theil, H. (1967). Economics and Information Theory, North-Holland; decomposition: Shorrocks, A. F. (1980). The Class of Additively Decomposable Inequality Measures. Econometrica 48(3): 613–625.";

/** The example query of both Theil indices. */
export const THEIL_EXAMPLE =
  "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group";

/** The texts of a Theil index (its parameters are the family's). */
export type TheilTexts = IndicatorTexts<{ value: typeof VALUE; weight: typeof WEIGHT }, { scale: typeof SCALE }>;

/** Builds the `theil-t` or `theil-l` indicator's definition, with its texts (undefined in the worker bundle). */
export function theilIndicator(kind: TheilKind, id: string, texts: TheilTexts | undefined) {
  return defineIndicator({
    id,
    method: { version: "1.0.0" },
    texts,
    series: { value: VALUE, weight: WEIGHT },
    grouping: BY,
    options: { scale: SCALE },
    compute({ series, options, context }) {
      const { sections, warnings } = crossSections(series.value, series.weight, context);
      const explain: Record<string, unknown> = {};
      const results = sections.map(({ period, units }) => {
        const r = theil(
          units.map((u) => ({ ...u, value: u.value * options.scale })),
          kind,
        );
        explain[period] = {
          mean: tidy(r.mean),
          groups: r.groups.map((g) => ({
            group: g.group,
            units: g.units,
            populationShare: tidy(g.populationShare),
            valueShare: tidy(g.valueShare),
            mean: tidy(g.mean),
            within: g.within === null ? null : tidy(g.within),
            withinContribution: tidy(g.withinContribution),
            betweenContribution: tidy(g.betweenContribution),
          })),
          units: r.units.map((u) => ({
            region: u.id,
            ...(u.group === undefined ? {} : { group: u.group }),
            value: tidy(u.value),
            populationShare: tidy(u.populationShare),
            valueShare: tidy(u.valueShare),
            contribution: tidy(u.contribution),
          })),
        };
        const components: Record<string, number> = context.groups
          ? { between: r.between, within: r.within, betweenShare: r.total > 0 ? r.between / r.total : 0 }
          : {};
        if (context.groups) for (const g of r.groups) components[`within:${g.group}`] = g.withinContribution;
        return { period, ...regionOf(units, context), value: r.total, components: { ...components, mean: r.mean, units: units.length } };
      });
      return { results, explain: { periods: explain }, warnings };
    },
  });
}
