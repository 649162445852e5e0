/**
 * @module Loads the Chart.js chunk once, on first use.
 */
type ChartModule = typeof import("./chart-setup");

let loading: Promise<ChartModule> | undefined;

/** The Chart.js module, imported on first call and shared afterwards. */
export function loadChartJs(): Promise<ChartModule> {
  loading ??= import("./chart-setup");
  return loading;
}
