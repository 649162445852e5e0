/**
 * @module The figure model (see model.ts): `buildFigure` and the shared number and period formatters. Pure
 * TypeScript: imports only schemas/, so the worker, the widgets, the site build and the renderers share it.
 */
export { niceTicks, valueAxis } from "./axis/value-axis";
export { buildFigure } from "./build";
export { type IndicatorFigureInput, indicatorFigure } from "./build/indicator";
export { type CategoryName, categoryLabel, categoryName } from "./category-name";
export { classColor, SCHEME, seriesColor, seriesDash, seriesMarker } from "./colors";
export { isWeak, parseFlags } from "./flags";
export { formatChange, formatNumber, formatTick, formatValue, MISSING } from "./format/number";
export { formatPeriod, formatPeriodRange, periodToX } from "./format/period";
export { unitInfo } from "./format/unit";
export type * from "./input";
export type * from "./model";
export { type NameTable, type RegionName, regionName } from "./names";
export { sourceLine } from "./source";
