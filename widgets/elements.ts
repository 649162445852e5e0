/**
 * @module THE table of elements: one line per element. Everything else follows from it — registration and
 * the tag map (index.ts), the views (each listed folder's `*-view.ts`, a file of its own in the build:
 * scripts/build/widgets.ts), the Custom Elements Manifest and React types (scripts/build/widget-elements.ts), the
 * gallery and the tests' element lists. A new widget is a folder `widgets/pa-x/` (the element `pa-x.ts` with
 * `static tag`, its view `x-view.ts`, which takes what it shares with the other views from `../views/index` and
 * re-exports it as `shared`, and exports the CSS of its figure as `styles`, adopted when data is first shown) plus
 * one line here.
 */
export { PaChart } from "./pa-chart/pa-chart";
export { PaIndicator } from "./pa-indicator/pa-indicator";
export { PaRanking } from "./pa-ranking/pa-ranking";
export { PaShare } from "./pa-share/pa-share";
export { PaStat } from "./pa-stat/pa-stat";
export { PaTable } from "./pa-table/pa-table";
export { PaTilemap } from "./pa-tilemap/pa-tilemap";
