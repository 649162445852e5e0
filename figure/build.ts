/**
 * @module `buildFigure`: rows and options in, a {@link Figure} out. Chooses the measures (asked, else the
 * dataset's defaults), refuses three units with a message, turns one period into a ranking, and hands each kind
 * to its builder (figure/build/kind.ts and the builders' modules; a bundle that draws one kind imports
 * `buildFigureWith` and that kind's builder instead of this dispatch over all of them).
 */
import { buildFigureWith, type KindBuilder, kindOf } from "./build/kind";
import { buildSeries } from "./build/over-time";
import { buildRanking } from "./build/ranking";
import { buildShare } from "./build/share";
import { buildStat } from "./build/stat";
import { buildTable } from "./build/table";
import { buildTilemap } from "./build/tilemap";
import type { FigureInput } from "./input";
import type { Figure } from "./model";

const BUILDERS: Partial<Record<NonNullable<FigureInput["kind"]>, KindBuilder>> = {
  ranking: buildRanking,
  tilemap: buildTilemap,
  stat: buildStat,
  share: buildShare,
  table: buildTable,
};

/** Builds the figure of `input` (see the module comment). */
export function buildFigure(input: FigureInput): Figure {
  return buildFigureWith(input, BUILDERS[kindOf(input)] ?? buildSeries);
}
