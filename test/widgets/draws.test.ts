/**
 * Each chart is laid out and painted once when it is created, at its final size (issue 16 item 5: the chart used
 * to be created at the canvas's default 300 × 150 and then resized, i.e. drawn twice before `pa-draw`).
 * A global Chart.js plugin (the same module instance the chart chunk registers its parts on) records every
 * layout pass and every paint with the chart's size. The figure behind it is built once too.
 */
import { Chart } from "chart.js";
import { afterAll, afterEach, describe, expect, inject, it, onTestFinished } from "vitest";
import { cleanup, mount, once, shadow } from "./helpers/dom";

const api = inject("apiBase");

interface Trace {
  updates: number;
  resizes: number;
  renders: { width: number; height: number }[];
}
const traces = new Map<HTMLCanvasElement, Trace>();
const trace = (chart: Chart): Trace => {
  const t = traces.get(chart.canvas) ?? { updates: 0, resizes: 0, renders: [] };
  traces.set(chart.canvas, t);
  return t;
};
const recorder = {
  id: "test-draw-count",
  afterUpdate: (chart: Chart) => void trace(chart).updates++,
  resize: (chart: Chart) => void trace(chart).resizes++,
  afterRender: (chart: Chart) => void trace(chart).renders.push({ width: chart.width, height: chart.height }),
};
Chart.register(recorder);
afterAll(() => Chart.unregister(recorder));
afterEach(() => {
  cleanup();
  traces.clear();
});

/** Two animation frames: a ResizeObserver callback after the first paint has run by then. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe("chart creation", () => {
  for (const [tag, attributes] of [
    ["pa-chart", { dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct", lang: "en" }],
    ["pa-ranking", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "zh" }],
  ] as const) {
    it(`should lay out and paint a ${tag} once, at its final size`, async () => {
      // Counts the element's view (figure) builds: a re-render after the plot existed used to build it again.
      const proto = customElements.get(tag)?.prototype as { view: (...args: unknown[]) => unknown };
      const view = proto.view;
      let builds = 0;
      proto.view = function (this: unknown, ...args: unknown[]) {
        builds++;
        return view.apply(this, args);
      };
      onTestFinished(() => {
        proto.view = view;
      });
      const element = mount(tag, { api, ...attributes }, { width: 520 });
      await once(element, "pa-draw");
      await frames();
      const canvas = shadow<HTMLCanvasElement>(element, "canvas") as HTMLCanvasElement;
      const box = canvas.parentElement?.getBoundingClientRect();
      const t = traces.get(canvas);
      expect(t, "a chart on the element's canvas").toBeDefined();
      expect(t?.resizes).toBe(0);
      expect(t?.updates).toBe(1);
      // Every paint (one without animation, one per frame with it) at the plot's size, never at 300 × 150.
      expect(t?.renders.length).toBeGreaterThan(0);
      for (const r of t?.renders ?? []) expect(r).toEqual({ width: Math.floor(box?.width ?? 0), height: Math.floor(box?.height ?? 0) });
      expect(builds, "the figure was built once").toBe(1);
    });
  }
});
