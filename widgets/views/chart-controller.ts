/**
 * @module The Chart.js lifecycle of an element as a Lit reactive controller: the chunk is fetched when the
 * element comes within a screen of the viewport (IntersectionObserver), the chart is created once, updated in
 * place, resized by our own ResizeObserver (Chart.js's observers do not see a canvas in a shadow root,
 * Chart.js #10924), loaded when the page is printed if the reader never scrolled near it, redrawn at paper size
 * for print, and destroyed when the element leaves the page.
 */
import type { ReactiveController, ReactiveElement } from "lit";
import type { ChartHandle, ChartSpec, CreateChart } from "../chart/chart-spec";

let chunk: Promise<CreateChart> | undefined;

/** The chart chunk, fetched on first call and shared by every element afterwards. */
export function loadChartChunk(): Promise<CreateChart> {
  chunk ??= import("../chart/chart-chunk").then((m) => m.createChart);
  return chunk;
}

/** Owns the chart of one element. */
export class ChartController implements ReactiveController {
  handle?: ChartHandle;
  /** The chart chunk could not be loaded (network, a CSP that blocks it): the element says so. */
  failed = false;
  #create?: CreateChart;
  #spec?: ChartSpec;
  #near?: IntersectionObserver;
  #size?: ResizeObserver;
  // A chart that was never scrolled near is drawn for print too: the printed page shows every figure.
  #print = () => (this.#create ? this.#fit() : void this.#load());
  #printQuery?: MediaQueryList;

  /**
   * @param spec - the chart to draw now, or nothing (loading, error, empty);
   * @param drawn - called after the first paint of each new chart.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly spec: () => ChartSpec | undefined,
    private readonly drawn: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Start a screen ahead so the chart is ready when the reader gets there.
    this.#near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.#load(), { rootMargin: "100% 0px" });
    this.#near.observe(this.host);
    // The print media query changes once print layout applies, so the chart is sized to the paper's width.
    this.#printQuery = matchMedia("print");
    this.#printQuery.addEventListener("change", this.#print);
    addEventListener("beforeprint", this.#print);
    addEventListener("afterprint", this.#print);
  }

  hostDisconnected(): void {
    this.#near?.disconnect();
    this.#size?.disconnect();
    this.#size = undefined;
    this.#printQuery?.removeEventListener("change", this.#print);
    removeEventListener("beforeprint", this.#print);
    removeEventListener("afterprint", this.#print);
    this.handle?.destroy();
    this.handle = undefined;
  }

  hostUpdated(): void {
    if (!this.#create) return;
    const canvas = this.host.renderRoot.querySelector("canvas");
    const spec = canvas ? this.spec() : undefined;
    if (!canvas || !spec) {
      this.handle?.destroy();
      this.handle = undefined;
      return;
    }
    if (this.handle?.canvas === canvas) {
      // Same spec object = nothing changed (the element memoizes it): keep the chart and its active point.
      if (spec !== this.#spec) this.handle.update(spec);
      this.#spec = spec;
      return;
    }
    this.handle?.destroy();
    // Created at the plot's size: a chart created at the canvas's default 300 × 150 and then fitted was laid out
    // and painted twice before the reader saw it (Chart.js with `responsive: false` takes the canvas's size).
    const box = this.#box(canvas);
    if (box) [canvas.width, canvas.height] = box;
    this.handle = this.#create(canvas, spec, this.drawn);
    this.#spec = spec;
    this.#observe(canvas);
    this.#fit();
  }

  async #load(): Promise<void> {
    this.#near?.disconnect();
    try {
      this.#create = await loadChartChunk();
    } catch {
      chunk = undefined;
      this.failed = true;
    }
    this.host.requestUpdate();
  }

  #observe(canvas: HTMLCanvasElement): void {
    this.#size?.disconnect();
    const plot = canvas.parentElement;
    if (!plot) return;
    this.#size = new ResizeObserver(() => this.#fit());
    this.#size.observe(plot);
  }

  /** The size the chart on `canvas` should have: its plot area's, in whole CSS pixels (none before layout). */
  #box(canvas: HTMLCanvasElement): [number, number] | undefined {
    const box = canvas.parentElement?.getBoundingClientRect();
    return box && box.width > 0 && box.height > 0 ? [Math.floor(box.width), Math.floor(box.height)] : undefined;
  }

  /** Resizes the chart to its plot area (Chart.js skips the redraw when the size is unchanged). */
  #fit(): void {
    const box = this.handle && this.#box(this.handle.canvas);
    if (box) this.handle?.resize(...box);
  }
}
