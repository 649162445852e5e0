/**
 * @module The builder of lines, areas and bars over time (`<pa-chart>`, the default kind): a series figure, or a
 * ranking when the rows have one period (bars by region or category, never a time axis).
 */
import { type KindBuilder, kindOf } from "./kind";
import { rankingFigure } from "./ranking";
import { selectRows, seriesFigure } from "./series";

/** Lines, areas or bars over time; one period is a ranking. */
export const buildSeries: KindBuilder = (input, choice) => {
  const rows = selectRows(input, choice.measures);
  if (new Set(rows.map((r) => r.period)).size === 1) return rankingFigure(input, choice, rows);
  return seriesFigure({ ...input, kind: kindOf(input) }, choice);
};
