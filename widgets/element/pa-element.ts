/**
 * @module The base of every element: language, theme, data lifecycle, events, and the accessible frame around
 * the element's own view — caption, summary (the accessible description), stale note, error, table
 * alternative, source line and the actions (CSV, PNG, citation). The entry styles only the loading and error frame
 * (internal/styles.ts); what is shown with data is styled by the views — the frame's by views/frame-styles.ts, an
 * element's own figure by its view's `styles` — adopted when data is first shown, after the entry's styles. So an
 * element declares no `static styles` of its own: in the entry they would come before the views' and lose to them
 * (the build refuses one: scripts/build/widget-elements.ts).
 */
import {
  adoptStyles,
  type CSSResult,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  supportsAdoptingStyleSheets,
  type TemplateResult,
  unsafeCSS,
} from "lit";
import type { Figure } from "../../figure/model";
import { fetchJson, parseInline, validated, WidgetDataError } from "../internal/data-client";
import type { DataController, LoadState, Source } from "../internal/data-controller";
import { resolveLang, type StringKey, t, type WidgetLang } from "../internal/i18n";
import { LinkController, type LinkSelection } from "../internal/link";
import { baseStyles } from "../internal/styles";
import { resolveScheme, type Scheme, watchScheme } from "../internal/theme";
import { apiBase } from "../internal/urls";
import type { PlotController } from "../views/plot";
import type { PngFigure, Provenance, SelectDetail, View } from "../views/view";
import type { Citations } from "./actions";
import { nearViewport, preloadChartChunk } from "./chart-preload";
import { type ViewModule, views } from "./views-loader";
import { preloadViews } from "./views-preload";

/** Detail of `pa-error`. */
export interface ErrorDetail {
  kind: WidgetDataError["kind"];
  message: string;
  status?: number;
}

export type { PngFigure, Provenance, SelectDetail, View };

/** A bubbling event that crosses shadow roots, as every `pa-*` event is (documented by `@fires` on each element). */
const paEvent = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

/** The stylesheet of each text of view styles (one per kind of element), made once per page. */
const viewSheets = new Map<string, CSSResult>();

/** The base class; `T` is the validated data the element loads. */
export abstract class PaElement<T> extends LitElement {
  static override styles = [baseStyles];
  /** Whether the element draws with Chart.js: it loads the Chart.js chunk and fires `pa-draw` once painted. */
  static readonly drawsChart: boolean = false;
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    api: { type: String },
    caption: { type: String },
    timeout: { type: Number },
    link: { type: String },
    selected: { type: String },
    fontScale: { type: Number, attribute: "font-scale" },
    announcement: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    citations: { state: true, attribute: false },
  };

  /** `zh` (simplified Chinese) or `en`; unset: the nearest `lang` of the host page, else English. */
  declare lang: string;
  /** `light` or `dark` to force a theme; unset follows the host page, then the reader's preference. */
  declare theme: string;
  /** API base URL; defaults to the origin the script was loaded from. */
  declare api: string;
  /** A title to show instead of the data's own. */
  declare caption: string;
  /** Milliseconds before a request is given up (default 10000). */
  declare timeout: number;
  /**
   * A name shared by elements on one page that follow each other: selecting a province, period or measure in
   * one (click, keyboard, tile, table row) marks it in the others and is announced there (see docs/linked-widgets.md).
   */
  declare link: string;
  /** The selected region code (set by the reader, by a linked widget, or by the page). */
  declare selected: string;
  /**
   * Large-text mode: every text, chart labels included, at this multiple of its size (1–3, e.g. `1.5`); the same
   * as setting `--pa-font-scale` on the element.
   */
  declare fontScale: number | undefined;
  /** @internal What the live region says. */
  declare protected announcement: string;
  /** @internal A visible note about an action that failed. */
  declare protected notice: string;
  /** @internal The citation, once the reader asked for it. */
  declare protected citations: Citations | undefined;

  /** The element's own view module (`() => import("./x-view")`), loaded with the views before data is shown. */
  protected abstract readonly viewModule: ViewModule;
  /** The data lifecycle; subclasses create it with their source. */
  protected abstract readonly data: DataController<T>;
  /** What to load, or why nothing can be. */
  protected abstract source(): Source<T> | WidgetDataError;
  /** The element's view of loaded data. */
  protected abstract view(value: T, lang: WidgetLang): View;

  #unwatch?: () => void;
  #view?: { key: unknown[]; view: View };
  /** @internal Follows and leads the elements with the same `link`. */
  readonly linker = new LinkController(this, (selection) => {
    const view = this.currentView();
    const text = view && this.followLink(selection, view);
    return text && `${views().vt("linked", this.language)}${text}`;
  });

  constructor() {
    super();
    this.announcement = "";
  }

  /** The language in use: `lang` on the element or the nearest ancestor, else English. */
  get language(): WidgetLang {
    return resolveLang(this);
  }

  /** The colour scheme in use. */
  get scheme(): Scheme {
    return resolveScheme(this, this.theme);
  }

  /** The API base in use. */
  get base(): string {
    return apiBase(this.api);
  }

  /**
   * The common shape of {@link source}: a child `<script type="application/json">` (inline data), else the API at
   * `url()` (`undefined` when the attribute naming the data is missing: the message `missing` says so). `finish`
   * turns a body into the element's data with the views, which load while the data is on its way; it may throw a
   * config error. The attributes the views check after loading (`checked`) are part of the key, so fixing a typo
   * loads again; a value the API refused with the values it accepts is worded about its attribute.
   */
  protected dataSource(
    finish: (body: unknown) => Promise<T>,
    url: () => string | undefined,
    missing: StringKey,
    checked: string[],
  ): Source<T> | WidgetDataError {
    const lang = this.language;
    const key = checked.map((name) => this.getAttribute(name)).join(" ");
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (inline) return { key: `inline:${inline}${key}`, load: async () => ({ value: await validated(finish, parseInline(inline)) }) };
    let href: string | undefined;
    try {
      href = url();
    } catch {
      return new WidgetDataError("config", `${t("badApi", lang)}${this.base}`);
    }
    if (!href) return new WidgetDataError("config", t(missing, lang));
    const from = href;
    return {
      key: from + key,
      load: (signal) => {
        // The views load while the data is on its way (finish awaits the same import).
        this.viewModule.load().catch(() => undefined);
        return fetchJson(from, finish, this.timeout || undefined, signal).catch(async (error: WidgetDataError) => {
          const said = error.problem ? (await this.viewModule.load()).refused(error.problem, this, lang) : undefined;
          throw said ? new WidgetDataError("config", said) : error;
        });
      },
    };
  }

  /** Loads the data again; what is on screen stays there until the answer (and stays, marked stale, if it fails). */
  reload(): void {
    this.data.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The chart library travels with the views and the data, not after them.
    if ((this.constructor as typeof PaElement).drawsChart && nearViewport(this)) preloadChartChunk();
    // The shared views travel with the element's view file and the data, not after them.
    preloadViews();
    this.#unwatch = watchScheme(() => this.requestUpdate());
    addEventListener("online", this.#online);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Through the CSSOM, which a strict style-src allows (a style attribute in markup it would not).
    if (changed.has("fontScale")) {
      const scale = Number(this.fontScale);
      if (scale >= 1 && scale <= 3) this.style.setProperty("--pa-font-scale", String(scale));
      else this.style.removeProperty("--pa-font-scale");
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    removeEventListener("online", this.#online);
  }

  /** Back online after showing stale data (or an error): try again. */
  #online = () => {
    const state = this.data.state;
    if (state.kind === "error" || (state.kind === "ready" && state.stale)) this.reload();
  };

  /**
   * Selects a region, period or measure (a point) as if the reader picked it: marks it, fires `pa-select`, and
   * the elements with the same `link` follow.
   */
  select(detail: SelectDetail): void {
    this.linker.lead(detail);
    this.#emit("pa-select", { ...detail, link: this.link || undefined });
  }

  /** @internal The selection this element marks (its region is `selected`). */
  get selection(): LinkSelection {
    return this.linker.selection;
  }

  /**
   * Marks `selection` in what the element shows (after each render) and says in words what it marked, for the
   * live region; the table alternative marks its row by itself. Chart elements mark a point too.
   */
  protected followLink(selection: LinkSelection, view: View): string | undefined {
    return this.#plot?.follow(this.selections, selection) || views().linkedRowText(view.table, selection, this.language === "zh");
  }

  // The chart plumbing of elements that draw with Chart.js (`drawsChart`): here rather than in a chart base class
  // because `<pa-indicator>` is not a dataset element, and one copy in the entry is smaller than two.

  /** @internal What each drawn point stands for, by series and point (set by the view). */
  selections: SelectDetail[][] = [];
  #plot?: PlotController;

  /** @internal The plot of this element (created by the views on first use). */
  get plot(): PlotController {
    this.#plot ??= views().createPlot(this);
    return this.#plot;
  }

  /** @internal A point was picked (Enter or click). */
  pointSelected(series: number, index: number): void {
    const detail = this.selections[series]?.[index];
    if (detail) this.select(detail);
  }

  /** @internal The chart is painted. */
  chartDrawn(): void {
    this.#emit("pa-draw", undefined);
  }

  /** Says `text` through the element's live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  /**
   * The figure model of what the element shows — title, subtitle, scaled unit, axes with their ticks and labels,
   * series with names, colours and dash patterns, legend, annotations, notes, source line and summary — as plain
   * data (see docs/figure.md). Read-only; `undefined` while loading or after an error.
   */
  get figure(): Figure | undefined {
    return this.currentView()?.figure;
  }

  /** The current view, recomputed only when the data, language or scheme changed. */
  protected currentView(): View | undefined {
    const state = this.data.state;
    if (state.kind !== "ready") return undefined;
    const lang = this.language;
    const key = [state.value, lang, this.scheme, this.caption, ...this.viewDeps()];
    if (!this.#view || key.some((k, i) => k !== this.#view?.key[i])) this.#view = { key, view: this.view(state.value, lang) };
    return this.#view.view;
  }

  /** Further inputs of {@link view} besides data, language and scheme (attributes that change the drawing). */
  protected viewDeps(): unknown[] {
    // Whether the chart failed to draw. `?? false`: before the first view the plot does not exist yet, and
    // `undefined` then `false` rebuilt the figure once more.
    return [this.#plot?.chart.failed ?? false];
  }

  protected settled(state: LoadState<T>): void {
    if (state.kind === "error") {
      const { kind, message, status } = state.error;
      this.#emit("pa-error", { kind, message, status } satisfies ErrorDetail);
    } else if (state.kind === "ready") {
      // Render first, so listeners find the table, summary and (once drawn) the chart.
      void this.updateComplete.then(() => {
        const view = this.currentView();
        this.#emit("pa-load", {
          id: view?.provenance.id,
          dataset: view?.provenance.id,
          version: view?.provenance.version,
          rows: view?.rows ?? 0,
          stale: Boolean(state.stale),
        });
      });
    }
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(paEvent(type, detail));
  }

  override render() {
    const lang = this.language;
    const state = this.data.state;
    const frame = (content: unknown) =>
      html`<figure class="frame ${this.scheme}" part="frame" lang=${lang === "zh" ? "zh-Hans" : "en"}>${content}</figure>`;
    if (state.kind === "loading") return frame(html`<div class="state" role="status">${t("loading", lang)}</div>`);
    if (state.kind === "error") return frame(this.#error(state.error, lang));
    const view = this.currentView();
    if (!view) return nothing;
    this.#adoptViewStyles();
    // What is shown only with data has its strings in the views.
    const vt = views().vt;
    return frame(html`
      <figcaption id="title" part="title">${view.title}</figcaption>
      ${view.figure?.subtitle ? html`<p class="subtitle" part="subtitle">${view.figure.subtitle}</p>` : nothing}
      ${state.stale ? html`<p class="stale" role="status" part="stale">${vt("stale", lang)} (${this.#reason(state.stale, lang)})</p>` : nothing}
      <p class="summary" part="summary">${view.takeaway ?? view.summary}</p>
      <span hidden id="summary">${view.summary}</span>
      ${view.figure?.notes.length ? html`<ul class="notes" part="notes">${view.figure.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${view.rows === 0 ? html`<div class="state" role="status">${vt("empty", lang)}</div>` : view.body}
      ${this.tableAlternative(view, lang)}
      ${this.#footer(view, lang)}
      ${this.notice ? html`<p class="error" role="status">${this.notice}</p>` : nothing}
      ${this.citations ? this.#citation(this.citations, lang) : nothing}
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `);
  }

  #styled = false;

  /**
   * Adopts the styles of what the frame shows with data — the shared views' and the element's own view's — when
   * data is first shown: they load with the views, so the entry carries only the loading and error frame's.
   */
  #adoptViewStyles(): void {
    if (this.#styled) return;
    this.#styled = true;
    const text = views().frameStyles + (this.viewModule.get().styles ?? "");
    const sheet = viewSheets.get(text) ?? unsafeCSS(text);
    viewSheets.set(text, sheet);
    // Constructable stylesheets: the list is set again, the entry's first. Older cores (below Chromium 73): one
    // more <style> after the entry's (Lit's own way there, with its nonce).
    const own = (this.constructor as typeof PaElement).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...own, sheet] : [sheet]);
  }

  /** The table alternative, folded away under a disclosure (reachable by keyboard and screen reader). */
  protected tableAlternative(view: View, lang: WidgetLang): TemplateResult {
    return html`<details part="table">
      <summary>${views().vt("table", lang)}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${view.table.caption}>${views().renderTable(view.table, { selected: this.selection })}</div>
    </details>`;
  }

  /** What went wrong, in the reader's language (the API's own words for an HTTP problem). */
  #reason(error: WidgetDataError, lang: WidgetLang): string {
    if (error.kind === "http") return `${t("http", lang)} (${error.status}): ${error.message}`;
    return error.kind === "config" ? error.message : t(error.kind, lang);
  }

  #error(error: WidgetDataError, lang: WidgetLang) {
    // Alone (no fallback content to show in the slot), the message keeps the height reserved while loading, so the
    // host's text does not move up when a widget turns out to be misconfigured (reserve-styles.ts).
    // (An inline-data `<script>` child is not content.)
    const alone = ![...this.childNodes].some((n) =>
      n.nodeType === 1 ? (n as Element).localName !== "script" : n.nodeType === 3 && !!n.textContent?.trim(),
    );
    return html`<div class="state error${alone ? " alone" : ""}" role="alert" part="error">
      <strong>${t("error", lang)}</strong>
      <span>${this.#reason(error, lang)}</span>
    </div><slot></slot>`;
  }

  #footer(view: View, lang: WidgetLang) {
    const p = view.provenance;
    const vt = views().vt;
    return html`<footer part="footer">
      <span class="source">${view.figure ? view.figure.source.text : html`${p.attribution ? `${p.attribution[lang]} · ` : nothing}${p.id} ${vt("version", lang)} ${p.version}`}</span>
      <span class="actions" part="actions">
        <button type="button" @click=${() => this.#act("csv", view)}>${vt("csv", lang)}</button>
        ${view.png || view.figure ? html`<button type="button" @click=${() => this.#act("png", view)}>${vt("png", lang)}</button>` : nothing}
        <button type="button" aria-expanded=${this.citations ? "true" : "false"} @click=${() => this.#act("cite", view)}>${vt("cite", lang)}</button>
      </span>
    </footer>`;
  }

  #citation(c: Citations, lang: WidgetLang) {
    return html`<div class="cite" part="citation" role="region" aria-label=${views().vt("cite", lang)}>
      <p><strong>GB/T 7714</strong> ${c.gbt}</p>
      <p><strong>APA</strong> ${c.apa}</p>
    </div>`;
  }

  /** The figure for "Download PNG": the chart's canvas; elements drawn otherwise (tiles, a number) override it. */
  protected pngFigure(): PngFigure | undefined {
    const canvas = this.#plot?.chart.handle?.canvas;
    if (!canvas) return undefined;
    const { width, height } = canvas.getBoundingClientRect();
    return { width, height, paint: (ctx) => ctx.drawImage(canvas, 0, 0, width, height) };
  }

  async #act(action: "csv" | "png" | "cite", view: View): Promise<void> {
    try {
      await this.#run(action, view);
    } catch {
      // The actions chunk did not load (offline, blocked): say so, visibly and to screen readers.
      this.notice = views().vt("actionFailed", this.language);
    }
  }

  async #run(action: "csv" | "png" | "cite", view: View): Promise<void> {
    const lang = this.language;
    const actions = await import("./actions");
    const name = `${view.provenance.id}-${view.provenance.version}`;
    if (action === "csv") actions.saveCsv(view.table, `${name}.csv`);
    else if (action === "png") {
      const figure = this.pngFigure();
      const style = getComputedStyle(this.renderRoot.querySelector(".frame") ?? this);
      if (view.figure) actions.saveFigurePng(`${name}.png`, view.figure, figure, this.scheme, style.fontFamily);
      else if (figure)
        actions.savePng(`${name}.png`, figure, {
          title: view.title,
          footer: `${view.provenance.attribution?.[lang] ?? ""} · ${view.provenance.id} ${views().vt("version", lang)} ${view.provenance.version}`,
          bg: style.getPropertyValue("--bg").trim(),
          fg: style.getPropertyValue("--fg").trim(),
          font: style.fontFamily,
        });
    } else this.citations = this.citations ? undefined : await actions.cite(view.provenance, lang, this.timeout);
  }
}
