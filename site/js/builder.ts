/**
 * @module The embed builder on `/gallery/`: pick a dataset, an exact version or a range, measures, regions, a
 * period, the element (or an indicator, for `<pa-indicator>`), language and theme; see the live element and copy a
 * snippet (script tag with its SRI hash + the element holding its static fallback). Reads `/gallery/builder.json`,
 * written at build time from the catalog; its types, the snippet text and the fallback are the site build's own
 * (figure/embed/).
 */
import type { BuilderData, BuilderDataset } from "../../figure/embed/builder-data";
import { embedFallback } from "../../figure/embed/fallback";
import { snippetText as embedSnippet } from "../../figure/embed/snippet";
import type { LocalizedText } from "../../schemas/localized-text";

type Text = LocalizedText;
type DatasetInfo = BuilderDataset;

const lang: "zh" | "en" = document.documentElement.lang.startsWith("zh") ? "zh" : "en";
const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector);

const form = $<HTMLFormElement>("#embed-builder");
const datasetSelect = $<HTMLSelectElement>("#b-dataset");
const versionSelect = $<HTMLSelectElement>("#b-version");
const kindSelect = $<HTMLSelectElement>("#b-kind");
const indicatorSelect = $<HTMLSelectElement>("#b-indicator");
/** The fields of a dataset's kinds, and of the indicator kind (one or the other is shown). */
const datasetFields = ["#b-dataset-field", "#b-version-field", "#b-measures"].map((s) => $<HTMLElement>(s));
const indicatorField = $<HTMLElement>("#b-indicator-field");
const measuresBox = $<HTMLElement>("#b-measures .choices");
const regionsBox = $<HTMLElement>("#b-regions .choices");
const regionsField = $<HTMLFieldSetElement>("#b-regions");
const periodField = $<HTMLFieldSetElement>("#b-period");
const fromSelect = $<HTMLSelectElement>("#b-from");
const toSelect = $<HTMLSelectElement>("#b-to");
const preview = $<HTMLElement>("#b-preview");
const code = $<HTMLElement>("#b-snippet");
const copyButton = $<HTMLButtonElement>("#b-copy");
const status = $<HTMLOutputElement>("#b-status");
const unitsNote = $<HTMLElement>("#b-units");
const captionInput = $<HTMLInputElement>("#b-caption");

/**
 * Different units never share an axis: at most two units (two labelled axes). Once two units are checked, the
 * measures of any other unit are disabled, and a note says why; returns the note.
 */
export function unitLimit(
  measures: { id: string; unit: Text }[],
  checkedIds: readonly string[],
  language: "zh" | "en",
): { disabled: string[]; note: string } {
  const units = [...new Set(measures.filter((m) => checkedIds.includes(m.id)).map((m) => m.unit.zh))];
  const disabled =
    units.length >= 2 ? measures.filter((m) => !checkedIds.includes(m.id) && !units.includes(m.unit.zh)).map((m) => m.id) : [];
  const names = units.map((u) => measures.find((m) => m.unit.zh === u)?.unit[language] ?? u);
  const note =
    units.length < 2
      ? ""
      : language === "zh"
        ? `已选两种单位（${names.join("、")}），分列左右两个坐标轴；其他单位的指标已停用——一张图最多两种单位。`
        : `Two units chosen (${names.join(", ")}), on a left and a right axis; measures in other units are disabled: a figure shows at most two units.`;
  return { disabled, note };
}

/** The attributes of the element the current choices describe, in snippet order. */
export type Attributes = [string, string][];

/** A figure's size in px. */
export interface FigureSize {
  width: number;
  height: number;
}

/**
 * The snippet (figure/embed/snippet.ts): the classic loader script with integrity, then the element holding its
 * fallback (figure/embed/fallback.ts: the charts Worker's SVG, alt = the summary, and links). With the SVG's
 * `size`, the image reserves its space before it loads (no layout shift when the element cannot upgrade).
 */
export function snippetText(
  origin: string,
  data: Pick<BuilderData, "script" | "drawn">,
  tag: string,
  attributes: Attributes,
  alt = "",
  size?: FigureSize,
): string {
  const fallback = embedFallback(origin, data.drawn, tag, attributes, alt);
  return embedSnippet(origin, data.script, tag, attributes, fallback && { ...fallback, ...size });
}

/** The size an SVG figure at `url` declares (its root's `viewBox`), or undefined when it cannot be read. */
export async function svgSize(url: string): Promise<FigureSize | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const root = /<svg\b[^>]*>/.exec(await response.text())?.[0] ?? "";
    const [, , width, height] = (/\bviewBox="([^"]*)"/.exec(root)?.[1] ?? "")
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    return width && height ? { width: Math.round(width), height: Math.round(height) } : undefined;
  } catch {
    return undefined;
  }
}

/** Version choices: every exact version, a caret range per major version, and `latest`. */
export function versionChoices(dataset: DatasetInfo): { value: string; label: string }[] {
  const exact = dataset.versions.map((v) => ({
    value: v.version,
    label: lang === "zh" ? `${v.version}（固定，${v.published}）` : `${v.version} (pinned, ${v.published})`,
  }));
  const majors = [...new Set(dataset.versions.map((v) => v.version.split(".")[0]))];
  const ranges = majors.map((m) => ({
    value: `^${m}`,
    label: lang === "zh" ? `^${m}（${m}.x 中最新的版本）` : `^${m} (newest ${m}.x)`,
  }));
  return [...exact, ...ranges, { value: "latest", label: lang === "zh" ? "latest（始终最新）" : "latest (always the newest)" }];
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

function choice(name: string, value: string, label: string, checked: boolean, single: boolean): HTMLLabelElement {
  const wrap = document.createElement("label");
  const input = document.createElement("input");
  input.type = single ? "radio" : "checkbox";
  input.name = name;
  input.value = value;
  input.checked = checked;
  wrap.append(input, ` ${label}`);
  return wrap;
}

const checked = (box: HTMLElement | null) => [...(box?.querySelectorAll<HTMLInputElement>("input:checked") ?? [])].map((i) => i.value);

async function main(): Promise<void> {
  if (!form || !datasetSelect || !versionSelect || !kindSelect || !preview || !code || !copyButton || !status) return;
  const response = await fetch(form.getAttribute("data-data") ?? "/gallery/builder.json");
  const data = (await response.json()) as BuilderData;
  const params = new URLSearchParams(location.search);
  const [wantedId, wantedVersion] = (params.get("dataset") ?? "").split("@");
  for (const d of data.datasets) datasetSelect.append(option(d.id, `${d.title[lang]} (${d.id})`));
  if (data.datasets.some((d) => d.id === wantedId)) datasetSelect.value = wantedId as string;
  for (const i of data.indicators) indicatorSelect?.append(option(i.id, `${i.title[lang]} (${i.id})`));
  const wantedIndicator = params.get("indicator");
  if (indicatorSelect && data.indicators.some((i) => i.id === wantedIndicator)) indicatorSelect.value = wantedIndicator as string;
  const kind = params.get("kind");
  if (kind && data.kinds.some((k) => k.value === kind)) kindSelect.value = kind;
  for (const key of ["lang", "theme"] as const) {
    const value = params.get(key);
    const radio = form.querySelector<HTMLInputElement>(`input[name="b-${key}"][value="${CSS.escape(value ?? "-")}"]`);
    if (radio) radio.checked = true;
  }

  const current = () => data.datasets.find((d) => d.id === datasetSelect.value) ?? data.datasets[0];
  const element = () => data.kinds.find((k) => k.value === kindSelect.value) ?? data.kinds[0];
  const indicator = () => data.indicators.find((i) => i.id === indicatorSelect?.value) ?? data.indicators[0];

  /** Kinds that need the 31 provinces are offered only for datasets that have them. */
  const fitKinds = () => {
    const dataset = current();
    for (const o of kindSelect.options)
      o.disabled = !!data.kinds.find((k) => k.value === o.value)?.options.provinces && !dataset?.provinces;
    if (kindSelect.selectedOptions[0]?.disabled) kindSelect.value = data.kinds[0]?.value ?? "";
  };

  /** Rebuilds the per-dataset controls; `wanted` carries choices from the URL the first time. */
  const fillDataset = (wanted?: { version?: string; measure?: string[]; region?: string[]; period?: string }) => {
    fitKinds();
    const dataset = current();
    const el = element();
    if (!dataset || !el) return;
    // An indicator kind asks for an indicator instead of a dataset and its selection.
    const byIndicator = !!el.options.indicator;
    for (const field of datasetFields) if (field) field.hidden = byIndicator;
    if (indicatorField) indicatorField.hidden = !byIndicator;
    versionSelect.replaceChildren(...versionChoices(dataset).map((c) => option(c.value, c.label)));
    if (wanted?.version && [...versionSelect.options].some((o) => o.value === wanted.version)) versionSelect.value = wanted.version;
    const singleMeasure = !el.options.multiMeasure;
    const measures = wanted?.measure?.length ? wanted.measure : dataset.default.measure;
    measuresBox?.replaceChildren(
      ...dataset.measures.map((m, i) =>
        choice(
          "b-measure",
          m.id,
          lang === "zh" ? `${m.title.zh}（${m.unit.zh}）` : `${m.title.en} (${m.unit.en})`,
          singleMeasure ? (measures[0] ?? dataset.measures[0]?.id) === m.id || (i === 0 && !measures.length) : measures.includes(m.id),
          singleMeasure,
        ),
      ),
    );
    const regions = wanted?.region?.length ? wanted.region : dataset.default.region;
    if (regionsField) regionsField.hidden = el.options.regions === "none" || byIndicator;
    const singleRegion = el.options.regions === "one";
    regionsBox?.replaceChildren(
      ...dataset.regions.map((r) =>
        choice(
          "b-region",
          r.code,
          `${r.name[lang]} (${r.code})`,
          singleRegion ? r.code === regions[0] : regions.includes(r.code),
          singleRegion,
        ),
      ),
    );
    if (periodField) periodField.hidden = el.options.period === "none" || byIndicator;
    const [from, to] = (wanted?.period ?? "").split("..");
    fromSelect?.replaceChildren(...dataset.periods.map((p) => option(p, p)));
    toSelect?.replaceChildren(...dataset.periods.map((p) => option(p, p)));
    if (fromSelect) fromSelect.value = from && dataset.periods.includes(from) ? from : (dataset.periods[0] ?? "");
    if (toSelect) toSelect.value = to && dataset.periods.includes(to) ? to : (dataset.periods.at(-1) ?? "");
    if (fromSelect) fromSelect.hidden = el.options.period === "single";
    const fromLabel = form.querySelector<HTMLElement>('label[for="b-from"]');
    if (fromLabel) fromLabel.hidden = el.options.period === "single";
  };

  /** Applies the two-unit limit to the measure choices. */
  const limitUnits = () => {
    const dataset = current();
    if (!dataset || !measuresBox) return;
    const { disabled, note } = unitLimit(dataset.measures, checked(measuresBox), lang);
    for (const input of measuresBox.querySelectorAll<HTMLInputElement>("input"))
      input.disabled = input.type === "checkbox" && disabled.includes(input.value);
    if (unitsNote) unitsNote.textContent = note;
  };

  const attributes = (): Attributes => {
    const dataset = current();
    const el = element();
    if (!dataset || !el) return [];
    if (el.options.indicator) return indicatorAttributes();
    const out: Attributes = [
      ["dataset", `${dataset.id}@${versionSelect.value}`],
      ...Object.entries(el.fixed).filter((e): e is [string, string] => e[1] !== undefined),
    ];
    const measures = checked(measuresBox);
    if (measures.length) out.push(["measure", measures.join(",")]);
    const regions = checked(regionsBox);
    if (el.options.regions !== "none" && regions.length) out.push(["region", regions.join(",")]);
    const first = dataset.periods[0];
    const last = dataset.periods.at(-1);
    if (el.options.period === "range" && fromSelect && toSelect && (fromSelect.value !== first || toSelect.value !== last)) {
      const [a, b] = [fromSelect.value, toSelect.value].sort((x, y) => dataset.periods.indexOf(x) - dataset.periods.indexOf(y));
      out.push(["period", `${a}..${b}`]);
    }
    if (el.options.period === "single" && toSelect) out.push(["period", toSelect.value]);
    return [...out, ...shared()];
  };

  /** The caption, language and theme every kind takes. */
  const shared = (): Attributes => {
    const out: Attributes = [];
    const caption = captionInput?.value.trim();
    if (caption) out.push(["caption", caption]);
    out.push(["lang", form.querySelector<HTMLInputElement>('input[name="b-lang"]:checked')?.value ?? lang]);
    const theme = form.querySelector<HTMLInputElement>('input[name="b-theme"]:checked')?.value;
    if (theme) out.push(["theme", theme]);
    return out;
  };

  /** `<pa-indicator>`'s attributes: the chosen indicator with its documented example's parameters. */
  const indicatorAttributes = (): Attributes => {
    const chosen = indicator();
    return chosen ? [["indicator", chosen.id], ["params", chosen.params], ...shared()] : [];
  };

  let shown = "";
  const update = () => {
    const el = element();
    if (!el) return;
    limitUnits();
    const attrs = attributes();
    const dataset = current();
    // Until the preview has drawn its figure, the alt text is the caption or the dataset's (indicator's) title; then its summary.
    let alt = attrs.find(([k]) => k === "caption")?.[1] ?? (el.options.indicator ? indicator() : dataset)?.title[lang] ?? "";
    let size: FigureSize | undefined;
    const text = snippetText(location.origin, data, el.tag, attrs, alt);
    code.textContent = text;
    status.textContent = "";
    if (text === shown) return;
    shown = text;
    const rewrite = () => {
      if (shown === text) code.textContent = snippetText(location.origin, data, el.tag, attrs, alt, size);
    };
    // The fallback image's size, read from the SVG itself: its width and height in the snippet keep its place.
    const img = embedFallback(location.origin, data.drawn, el.tag, attrs, alt)?.img;
    if (img)
      void svgSize(img).then((s) => {
        size = s;
        if (s) rewrite();
      });
    const live = document.createElement(el.tag);
    for (const [k, v] of attrs) live.setAttribute(k, v);
    live.addEventListener("pa-load", () => {
      const summary = (live as HTMLElement & { figure?: { summary?: string } }).figure?.summary;
      if (summary) {
        alt = summary;
        rewrite();
      }
    });
    preview.replaceChildren(live);
  };

  fillDataset({
    version: wantedVersion,
    measure: params.get("measure")?.split(",").filter(Boolean),
    region: params.get("region")?.split(",").filter(Boolean),
    period: params.get("period") ?? undefined,
  });
  datasetSelect.addEventListener("change", () => {
    fillDataset();
    update();
  });
  kindSelect.addEventListener("change", () => {
    fillDataset({ version: versionSelect.value, measure: checked(measuresBox), region: checked(regionsBox) });
    update();
  });
  captionInput?.addEventListener("input", () => update());
  form.addEventListener("change", (event) => {
    if (event.target !== datasetSelect && event.target !== kindSelect) update();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? "");
      status.textContent = copyButton.dataset.copied ?? "✓";
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = lang === "zh" ? "已选中，请按 Ctrl+C 复制" : "Selected: press Ctrl+C to copy";
    }
  });
  form.hidden = false;
  $<HTMLElement>("#builder-nojs")?.setAttribute("hidden", "");
  update();
  form.setAttribute("data-ready", "true");
}

void main();
