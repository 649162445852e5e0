/**
 * @module What every figure goes through before its kind's builder: the kind asked for, the choice of measures
 * and the messages for no data or three units. {@link buildFigureWith} takes one kind's builder, so a bundle
 * that draws one kind (an element's view in the widgets) carries that builder and not the others
 * (figure/build.ts dispatches over all of them).
 */
import type { FigureInput } from "../input";
import type { Figure } from "../model";
import { baseFigure } from "./common";
import { chooseMeasures, type MeasureChoice } from "./select";

/** One kind's builder: the figure of `input` for the measures chosen. */
export type KindBuilder = (input: FigureInput, choice: MeasureChoice) => Figure;

/** The kind `input` asks for: its own, else the dataset's default, else a line. */
export const kindOf = (input: FigureInput): NonNullable<FigureInput["kind"]> =>
  input.kind ?? (input.meta?.defaults?.kind as FigureInput["kind"]) ?? "line";

/** The first measure only (its unit with it): for the kinds that show one measure. */
export const firstMeasure = (choice: MeasureChoice): MeasureChoice => ({
  ...choice,
  measures: choice.measures.slice(0, 1),
  units: choice.units.slice(0, 1),
});

/** Builds the figure of `input` with `builder`, after the choice of measures and its messages. */
export function buildFigureWith(input: FigureInput, builder: KindBuilder): Figure {
  const choice = chooseMeasures(input);
  if (choice.measures.length === 0) {
    const figure = baseFigure(input, "message", input.data.title[input.lang]);
    figure.message = input.lang === "zh" ? "此选择没有数据。" : "No data for this selection.";
    return figure;
  }
  // A table shows every measure asked for, whatever their units.
  if (choice.message && kindOf(input) !== "table") {
    const figure = baseFigure(input, "message", input.data.title[input.lang]);
    figure.message = choice.message;
    return figure;
  }
  return builder(input, choice);
}
