/**
 * @module `buildFigure`: rows and options in, a {@link Figure} out. Chooses the measures (asked, else the
 * dataset's defaults), refuses three units with a message, turns one period into a ranking, and hands each kind
 * to its builder.
 */
import { baseFigure } from "./build/common";
import { rankingFigure } from "./build/ranking";
import { chooseMeasures } from "./build/select";
import { selectRows, seriesFigure } from "./build/series";
import { shareFigure } from "./build/share";
import { statFigure } from "./build/stat";
import { tableFigure } from "./build/table";
import { tilemapFigure } from "./build/tilemap";
import type { FigureInput } from "./input";
import type { Figure } from "./model";

/** Builds the figure of `input` (see the module comment). */
export function buildFigure(input: FigureInput): Figure {
  const kind = input.kind ?? (input.meta?.defaults?.kind as FigureInput["kind"]) ?? "line";
  const choice = chooseMeasures(input);
  if (choice.measures.length === 0) {
    const figure = baseFigure(input, "message", input.data.title[input.lang]);
    figure.message = input.lang === "zh" ? "此选择没有数据。" : "No data for this selection.";
    return figure;
  }
  if (choice.message && kind !== "table") {
    const figure = baseFigure(input, "message", input.data.title[input.lang]);
    figure.message = choice.message;
    return figure;
  }
  const single = { ...choice, measures: choice.measures.slice(0, 1), units: choice.units.slice(0, 1) };
  switch (kind) {
    case "ranking":
      return rankingFigure(input, single);
    case "tilemap":
      return tilemapFigure(input, single);
    case "stat":
      return statFigure(input, single);
    case "share":
      // Parts may be several measures of one unit (primary, secondary, tertiary).
      return shareFigure(input, { ...choice, measures: choice.measures.filter((m) => m.unit.zh === choice.units[0]) });
    case "table":
      // A table shows every measure asked for (any units), long format, full precision.
      return tableFigure(input);
    default: {
      // One period is a ranking (bars by region or category), never a time axis.
      const rows = selectRows(input, choice.measures);
      if (new Set(rows.map((r) => r.period)).size === 1) return rankingFigure(input, choice, rows);
      return seriesFigure({ ...input, kind }, choice);
    }
  }
}
