/**
 * @module `<pa-chart>`: a line chart of one or more measures/regions of a dataset, read from the API.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
import type { DataResponse } from "../../schemas/data-response";
import { apiBase } from "../internal/api-base";
import { loadChartJs } from "../internal/chart-loader";
import { fetchData, WidgetDataError } from "../internal/data-client";
import { formatNumber, resolveLang, t, type WidgetLang } from "../internal/i18n";
import { periodsOf, type Row, type Series, toSeries } from "../internal/series";
import { formatPeriod, summarize } from "../internal/summary";
import { styles } from "./pa-chart.styles";

type ChartInstance = InstanceType<Awaited<ReturnType<typeof loadChartJs>>["Chart"]>;
type State = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; data: DataResponse; series: Series[] };

const list = (text: string | undefined) =>
  (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A line chart from the Prosperity Atlas API.
 *
 * @summary Line chart of a dataset's measures over time, with a table alternative and a text summary.
 * @fires pa-load - The data arrived and the chart is drawn; `detail` = `{ dataset, version, rows }`.
 * @fires pa-error - The data could not be shown; `detail` = `{ kind, message }`.
 * @csspart figure - The chart area.
 * @csspart table - The data table alternative.
 * @cssprop --pa-height - Height of the plot area (default 320px).
 * @cssprop --pa-color-1 - First series colour (… up to --pa-color-6; Okabe–Ito, colour-blind safe).
 * @example <pa-chart dataset="internet-users@1.0.0" measure="penetration_pct,rural_penetration_pct" lang="zh"></pa-chart>
 */
export class PaChart extends LitElement {
  static override styles = styles;
  static override properties = {
    datasetRef: { type: String, attribute: "dataset" },
    measure: { type: String },
    region: { type: String },
    period: { type: String },
    api: { type: String },
    caption: { type: String },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    state: { state: true },
  };

  /** `id@version` (exact version, range such as `^1`, or `latest`); attribute `dataset`. */
  declare datasetRef: string;
  /** Comma-separated measure ids (default: all of the dataset). */
  declare measure: string;
  /** Comma-separated region codes (default: all). */
  declare region: string;
  /** Period range, e.g. `2015..2022`. */
  declare period: string;
  /** API base URL; defaults to the origin the script was loaded from. */
  declare api: string;
  /** A title to show instead of the dataset's. */
  declare caption: string;
  /** `light`, `dark`, or unset to follow `prefers-color-scheme`. */
  declare theme: string;
  declare protected state: State;

  #chart?: ChartInstance;
  #abort?: AbortController;
  #resize?: ResizeObserver;

  constructor() {
    super();
    this.state = { kind: "loading" };
  }

  /** The language in use: `lang` on the element or the nearest ancestor, else English. */
  get language(): WidgetLang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attach after a move in the DOM: the chart was destroyed on disconnect.
    if (this.state.kind === "ready") void this.updateComplete.then(() => this.#draw());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (["datasetRef", "measure", "region", "period", "api"].some((k) => changed.has(k as keyof PaChart))) void this.#load();
  }

  protected override updated(): void {
    if (this.state.kind === "ready") void this.#draw();
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    if (!this.datasetRef) {
      this.#fail("invalid", t("noDataset", this.language));
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.state = { kind: "loading" };
    try {
      const data = await fetchData(
        { base: apiBase(this.api), dataset: this.datasetRef, measure: this.measure, region: this.region, period: this.period },
        abort.signal,
      );
      if (abort.signal.aborted) return;
      this.state = { kind: "ready", data, series: toSeries(data.rows as Row[], list(this.measure), list(this.region)) };
    } catch (error) {
      if (abort.signal.aborted) return;
      const e = error instanceof WidgetDataError ? error : new WidgetDataError("invalid", String(error));
      const lang = this.language;
      const message =
        e.kind === "http" ? e.message : `${t(e.kind === "timeout" ? "timeout" : e.kind === "network" ? "network" : "invalid", lang)}`;
      this.#fail(e.kind, message);
    }
  }

  #fail(kind: string, message: string): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    this.state = { kind: "error", message };
    this.dispatchEvent(new CustomEvent("pa-error", { detail: { kind, message }, bubbles: true, composed: true }));
  }

  #label(series: Series, data: DataResponse): string {
    const lang = this.language;
    const measure = data.measures.find((m) => m.id === series.measure);
    const name = measure ? measure.title[lang] : series.measure;
    const multiRegion = new Set(data.rows.map((r) => r.region)).size > 1;
    return multiRegion ? `${name} · ${series.region}` : name;
  }

  async #draw(): Promise<void> {
    if (this.state.kind !== "ready") return;
    const { data, series } = this.state;
    const canvas = this.renderRoot.querySelector("canvas");
    if (!canvas || series.length === 0) return;
    const { Chart } = await loadChartJs();
    if (this.state.kind !== "ready" || this.state.data !== data || !canvas.isConnected) return;
    const style = getComputedStyle(this);
    const color = (i: number) => style.getPropertyValue(`--pa-color-${(i % 6) + 1}`).trim() || "#0072b2";
    const fg = style.getPropertyValue("--pa-muted").trim();
    const grid = style.getPropertyValue("--pa-grid").trim();
    const lang = this.language;
    const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    const datasets = series.map((s, i) => ({
      label: this.#label(s, data),
      data: s.points,
      borderColor: color(i),
      backgroundColor: color(i),
      pointStyle: (["circle", "rect", "triangle", "rectRot", "star", "crossRot"] as const)[i % 6],
      pointRadius: 3,
      borderWidth: 2,
      tension: 0,
    }));
    if (this.#chart && this.#chart.canvas === canvas) {
      this.#chart.data.datasets = datasets;
      this.#chart.update();
    } else {
      this.#chart?.destroy();
      this.#chart = new Chart(canvas, {
        type: "line",
        data: { datasets },
        options: {
          responsive: false,
          maintainAspectRatio: false,
          animation: reduceMotion ? false : { duration: 400 },
          parsing: false,
          normalized: true,
          color: fg,
          scales: {
            x: {
              type: "linear",
              ticks: { color: fg, precision: 0, callback: (v) => String(Math.floor(Number(v))) },
              grid: { color: grid },
            },
            y: { ticks: { color: fg, callback: (v) => formatNumber(Number(v), lang) }, grid: { color: grid } },
          },
          plugins: {
            legend: { labels: { color: fg, usePointStyle: true } },
            tooltip: {
              callbacks: {
                title: (items) => formatPeriod((items[0]?.raw as { period: string } | undefined)?.period ?? "", lang),
                label: (item) => `${item.dataset.label}: ${formatNumber((item.raw as { y: number }).y, lang)}`,
              },
            },
          },
        },
      });
    }
    this.#observeSize(canvas);
    this.#fit(canvas);
    this.dispatchEvent(
      new CustomEvent("pa-load", {
        detail: { dataset: data.dataset, version: data.version, rows: data.rows.length },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #fit(canvas: HTMLCanvasElement): void {
    const box = canvas.parentElement?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) this.#chart?.resize(Math.floor(box.width), Math.floor(box.height));
  }

  #observeSize(canvas: HTMLCanvasElement): void {
    const plot = canvas.parentElement;
    if (!plot || this.#resize) return;
    // Chart.js's own observers do not see a canvas inside a shadow root (Chart.js #10924): we own resizing.
    this.#resize = new ResizeObserver(() => this.#fit(canvas));
    this.#resize.observe(plot);
  }

  override render() {
    const lang = this.language;
    const state = this.state;
    if (state.kind === "loading") return html`<div class="state" role="status" aria-live="polite">${t("loading", lang)}</div>`;
    if (state.kind === "error") {
      return html`<div class="state error" role="alert"><strong>${t("error", lang)}</strong><span>${state.message}</span></div>`;
    }
    const { data, series } = state;
    const title = this.caption || data.title[lang];
    if (series.length === 0) return html`<h2>${title}</h2><div class="state" role="status">${t("empty", lang)}</div>`;
    const summary = summarize(series, (s) => this.#label(s, data), lang);
    return html`
      <h2 id="title">${title}</h2>
      <div class="plot" part="figure">
        <canvas role="img" aria-label=${`${title}. ${summary}`}></canvas>
      </div>
      ${this.#table(series, data, lang)}
      <footer>
        ${data.attribution[lang]} · ${data.dataset} ${t("version", lang)} ${data.version}
      </footer>
    `;
  }

  #table(series: Series[], data: DataResponse, lang: WidgetLang) {
    const periods = periodsOf(series);
    const decimals = (s: Series) => data.measures.find((m) => m.id === s.measure)?.decimals;
    return html`<details part="table">
      <summary>${t("table", lang)}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t("table", lang)}>
        <table>
          <thead>
            <tr>
              <th scope="col">${t("period", lang)}</th>
              ${series.map((s) => html`<th scope="col">${this.#label(s, data)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${periods.map(
              (p) => html`<tr>
                <th scope="row">${formatPeriod(p, lang)}</th>
                ${series.map((s) => {
                  const point = s.points.find((x) => x.period === p);
                  return html`<td>${point ? formatNumber(point.y, lang, decimals(s)) : nothing}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}
