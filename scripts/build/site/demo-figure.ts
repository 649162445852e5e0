/**
 * @module Static figures of the elements the home page and the gallery show (their fallback content, and a
 * 1200×630 social card each): the element's attributes drawn by the figure model at build time, exactly as the
 * charts Worker draws `/v1/charts/{element}.svg` for them — the dataset version the range resolves to, rows
 * filtered by `group` and a period range as the API filters them. Written to `.assets/charts/demos/`.
 * `<pa-indicator>` is drawn by indicator-figure.ts; an attribute the figure model does not know leaves the fallback out.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { buildFigure } from "../../../figure/build";
import { figureFor, serverAttributes } from "../../../figure/element-figures";
import type { NameTable } from "../../../figure/names";
import names from "../../../figure/names-table.json";
import { renderSvg } from "../../../figure/svg/render";
import { CHART_FONT } from "../chart-font";
import { CARD, rasterise } from "../charts";
import type { SiteContext } from "./context";
import { href, type Language } from "./i18n";
import { versionPath } from "./json-ld";
import { svgFallback } from "./svg-fallback";
import type { Fallback, WidgetAttributes } from "./widgets";

/**
 * Attributes the static figure of `tag` follows: the charts Worker's (figure/element-figures.ts) but the language and
 * theme, which the page gives; any other (but `link`, which only links elements) means none is drawn.
 */
const drawnAttributes = (tag: string) => new Set([...(serverAttributes(tag) ?? []).filter((a) => a !== "lang" && a !== "theme"), "link"]);

const list = (v: string | undefined) => v?.split(",").filter(Boolean);

/** A demo's static figure: its fallback, and its social card's path. */
export interface DemoFigure {
  fallback: Fallback;
  card: string;
}

/** Draws (once per build) the static figure of `<tag …attributes>` in `lang`, or undefined when it has none. */
export function demoFigure(ctx: SiteContext, tag: string, attributes: WidgetAttributes, lang: Language): DemoFigure | undefined {
  // `<pa-indicator>`'s figures are drawn from the build's indicator results (indicator-figure.ts).
  // The figure drawn for the element's `kind` (`<pa-share kind="area">`: a share figure drawn as stacked areas).
  const kind = figureFor(tag, attributes.kind);
  const drawn = drawnAttributes(tag);
  if (!kind || kind === "indicator" || !ctx.dataset || Object.entries(attributes).some(([k, v]) => v !== undefined && !drawn.has(k)))
    return undefined;
  const [id, range = "*"] = (attributes.dataset ?? "").split("@") as [string, string?];
  const dataset = ctx.dataset(id);
  const version = dataset?.versions
    .map((v) => v.meta.version)
    .filter((v) => semver.satisfies(v, range))
    .sort(semver.rcompare)[0];
  if (!dataset || !version) return undefined;
  const key = createHash("sha256")
    .update(`${tag}?${JSON.stringify(Object.entries(attributes).sort())}@${version}`)
    .digest("hex")
    .slice(0, 16);
  const base = `/charts/demos/${key}.${lang}`;
  const svgFile = join(ctx.assetsDir, `${base}.svg`);
  if (!existsSync(svgFile)) {
    const rows = filterRows(ctx, ctx.rows(id, version), attributes);
    const meta = dataset.meta as typeof dataset.meta & { defaults?: { measures: string[] } };
    const figure = (size: { width?: number; height?: number }) =>
      renderSvg(
        buildFigure({
          lang,
          kind,
          data: {
            dataset: id,
            version,
            title: meta.title,
            attribution: meta.licence.attribution,
            measures: meta.measures ?? [],
            rows: rows as never,
          },
          meta: { defaults: meta.defaults, sources: meta.sources as never, licence: meta.licence },
          names: names as NameTable,
          measure: list(attributes.measure),
          region: list(attributes.region),
          period: attributes.period && !attributes.period.includes("..") ? attributes.period : undefined,
          caption: attributes.caption,
          total: attributes.total,
          by: attributes.by === "group" ? "group" : undefined,
          order: attributes.order === "asc" ? "asc" : undefined,
          shareDraw: tag === "pa-share" && attributes.kind === "area" ? "area" : undefined,
        }),
        size,
      );
    mkdirSync(join(ctx.assetsDir, "charts/demos"), { recursive: true });
    writeFileSync(svgFile, figure({}));
    writeFileSync(join(ctx.assetsDir, `${base}.card.png`), rasterise(figure(CARD), [CHART_FONT.font]));
  }
  const svg = readFileSync(svgFile, "utf8");
  return {
    fallback: svgFallback(
      svg,
      `${base}.svg`,
      { href: href(lang, `/datasets/${id}/`), label: lang === "zh" ? "数据集页面" : "Dataset page" },
      { href: versionPath(id, version, "data.csv"), label: lang === "zh" ? "下载 CSV" : "Download CSV" },
    ),
    card: `${base}.card.png`,
  };
}

/** The rows the API would answer for the element's `group` and period range (`a..b`, either end optional). */
function filterRows<R extends { region?: unknown; period?: unknown }>(
  ctx: SiteContext,
  rows: readonly R[],
  attributes: WidgetAttributes,
): R[] {
  const groups = list(attributes.group);
  const inGroup = groups
    ? new Set(
        ctx
          .dataset?.("regions")
          ?.versions.at(-1)
          ?.rows.filter((r) => groups.includes(String(r.group)))
          .map((r) => String(r.region)),
      )
    : undefined;
  const [from, to] = attributes.period?.includes("..") ? attributes.period.split("..") : [];
  return rows.filter((r) => {
    if (inGroup && !inGroup.has(String(r.region))) return false;
    const period = String(r.period);
    if (from && period < from) return false;
    if (to && period > to) return false;
    return true;
  });
}
