/**
 * @module Starts fetching the Chart.js chunk as soon as an element that draws a chart is connected near the
 * viewport, in parallel with the views and the data, instead of after them (the views' chart controller
 * imports the same chunk later and finds it already loaded). Pages whose elements draw no chart never call it.
 */

let started = false;

/** Whether `element` is within a screen of the viewport (the chart controller's own `rootMargin: 100%`). */
export function nearViewport(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom >= -innerHeight && box.top <= 2 * innerHeight && box.right >= -innerWidth && box.left <= 2 * innerWidth;
}

/** Imports the Chart.js chunk once per page; a failure is left to the chart controller, which says so. */
export function preloadChartChunk(): void {
  if (started) return;
  started = true;
  import("../chart/chart-chunk").catch(() => {
    started = false;
  });
}
