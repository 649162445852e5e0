/**
 * @module The reader's actions, loaded only when one is used: CSV of the shown numbers, PNG of the figure with
 * its title and source, and a citation (GB/T 7714-2015 and APA 7) naming the dataset, its exact version and
 * its publisher. Built as its own chunk (see scripts/build/widgets.ts).
 */
import * as v from "valibot";
import type { Figure } from "../../figure/model";
import { LocalizedText } from "../../schemas/localized-text";
import { fetchJson } from "../internal/data-client";
import { figureCanvas } from "../internal/figure-png";
import type { WidgetLang } from "../internal/i18n";
import { datasetUrl } from "../internal/urls";
import type { TableModel } from "../views/table-model";
import { parse } from "../views/validate";
import type { PngFigure, Provenance } from "../views/view";

/** Spreadsheets run cells that start like a formula; such text cells get a leading apostrophe (OWASP). */
const FORMULA = /^[=+\-@\t\r]/;

/** The table as RFC 4180 CSV with a byte-order mark, so spreadsheets open Chinese text as UTF-8. */
export function csvText(model: TableModel): string {
  const cell = (value: string | number | null) => {
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    const text = FORMULA.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [model.columns.map((c) => cell(c.label)), ...model.rows.map((r) => r.cells.map((c) => cell(c.value)))];
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads the table as CSV. */
export function saveCsv(model: TableModel, name: string): void {
  save(name, new Blob([csvText(model)], { type: "text/csv;charset=utf-8" }));
}

export type { PngFigure };

/** Text and colours around the figure. */
export interface PngFrame {
  title: string;
  footer: string;
  bg: string;
  fg: string;
  font: string;
}

/**
 * Downloads the whole figure at twice its size: with the figure model, its title, subtitle, takeaway, legend,
 * plot, notes and source line with dataset@version and date (figure-png.ts); without one, title and footer.
 */
export function saveFigurePng(name: string, model: Figure, plot: PngFigure | undefined, scheme: "light" | "dark", font: string): void {
  figureCanvas(model, plot, scheme, font).toBlob((blob) => blob && save(name, blob), "image/png");
}

/** Downloads the figure at twice its size, on the widget's background, with its title above and source below. */
export function savePng(name: string, figure: PngFigure, frame: PngFrame): void {
  const scale = 2;
  const pad = 16;
  const canvas = document.createElement("canvas");
  canvas.width = (figure.width + 2 * pad) * scale;
  canvas.height = (figure.height + 2 * pad + 52) * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.scale(scale, scale);
  ctx.fillStyle = frame.bg || "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = frame.fg || "#000";
  ctx.font = `600 15px ${frame.font}`;
  ctx.fillText(frame.title, pad, pad + 14, figure.width);
  ctx.save();
  ctx.translate(pad, pad + 28);
  figure.paint(ctx);
  ctx.restore();
  ctx.fillStyle = frame.fg || "#000";
  ctx.font = `12px ${frame.font}`;
  ctx.fillText(frame.footer, pad, pad + 28 + figure.height + 18, figure.width);
  canvas.toBlob((blob) => blob && save(name, blob), "image/png");
}

/** What a citation needs from `/v1/datasets/{id}@{version}`. */
export const DatasetInfo = v.looseObject({
  title: LocalizedText,
  // `publisher` is where we read it (a mirror, a repost); `primary.publisher` the body that published it.
  sources: v.array(v.looseObject({ publisher: LocalizedText, primary: v.optional(v.looseObject({ publisher: LocalizedText })) })),
  versions: v.array(v.looseObject({ version: v.string(), published: v.string() })),
});
/** What a citation needs. */
export type DatasetInfo = v.InferOutput<typeof DatasetInfo>;

/** A citation in the two styles readers of the product use. */
export interface Citations {
  gbt: string;
  apa: string;
}

const PRODUCT = { zh: "共富图谱", en: "Prosperity Atlas" };

/** Formats the citations of a dataset version (or an indicator result); `accessed` is YYYY-MM-DD. */
export function citationsFor(p: Provenance, info: DatasetInfo | undefined, lang: WidgetLang, accessed: string): Citations {
  // The author a ministry would cite is the primary publication's publisher, not the mirror's.
  const authors = [...new Set(info?.sources.map((s) => (s.primary?.publisher ?? s.publisher)[lang]) ?? [])];
  const author = authors.length > 0 ? authors.join(lang === "zh" ? "，" : ", ") : PRODUCT[lang];
  const year = info?.versions.find((x) => x.version === p.version)?.published.slice(0, 4) ?? accessed.slice(0, 4);
  const title = p.title[lang];
  const url = p.url ?? (p.kind === "dataset" ? datasetUrl(p.base, p.id, p.version) : `${p.base}/v1/indicators/${p.id}`);
  const inputs = p.inputs?.length ? ` (${[...new Set(p.inputs.map((i) => `${i.dataset}@${i.version}`))].join(", ")})` : "";
  const versionZh = p.kind === "dataset" ? `版本 ${p.version}` : `方法版本 ${p.version}${inputs}`;
  const versionEn = p.kind === "dataset" ? `version ${p.version}` : `method version ${p.version}${inputs}`;
  const gbt =
    lang === "zh"
      ? `${author}. ${title}: ${versionZh}[DS/OL]. ${PRODUCT.zh}, ${year}[${accessed}]. ${url}.`
      : `${author}. ${title}: ${versionEn}[DS/OL]. ${PRODUCT.en}, ${year}[${accessed}]. ${url}.`;
  const apa = `${author}. (${year}). ${title} (${p.kind === "dataset" ? "Version" : "Method version"} ${p.version}${inputs}) [Data set]. ${PRODUCT.en}. ${url}`;
  return { gbt, apa };
}

/** Looks up the dataset's publisher and date, then formats the citations (without them if the API cannot say). */
export async function cite(p: Provenance, lang: WidgetLang, timeoutMs?: number): Promise<Citations> {
  const accessed = new Date().toISOString().slice(0, 10);
  let info: DatasetInfo | undefined;
  if (p.kind === "dataset")
    info = await fetchJson(datasetUrl(p.base, p.id, p.version), (body) => parse(DatasetInfo, body), timeoutMs).then(
      (r) => r.value,
      () => undefined,
    );
  return citationsFor(p, info, lang, accessed);
}
