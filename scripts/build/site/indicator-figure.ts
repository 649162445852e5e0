/**
 * @module Static figures of `<pa-indicator>` on indicator and view pages (the element's fallback and the page's
 * 1200×630 card): the result the build computed with the API's own code (indicator-data.ts), drawn by the figure
 * model's indicator figure, as the charts Worker draws `/v1/charts/indicator.svg`. A chart split by NBS region
 * group (`&group=…` in its params) draws the rows of that group. Written to `.assets/charts/indicators/`.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { indicatorFigure } from "../../../figure/build/indicator";
import type { NameTable } from "../../../figure/names";
import names from "../../../figure/names-table.json";
import { renderSvg } from "../../../figure/svg/render";
import type { IndicatorResult } from "../../../schemas/indicator";
import { CHART_FONT } from "../chart-font";
import { CARD, rasterise } from "../charts";
import type { SiteContext } from "./context";
import type { DemoFigure } from "./demo-figure";
import { href, type Language } from "./i18n";
import type { IndicatorResult as SiteResult } from "./indicator-data";
import { svgFallback } from "./svg-fallback";

/** Where the figure's page and numbers are: the view's or the indicator's page, and the API result. */
export interface IndicatorLinks {
  page: string;
  api: string;
}

/** Draws (once per build) `<pa-indicator indicator params caption>`'s static figure from `result`, in `lang`. */
export function indicatorStaticFigure(
  ctx: SiteContext,
  element: { indicator: string; params: string; caption?: string },
  result: SiteResult,
  links: IndicatorLinks,
  lang: Language,
): DemoFigure {
  const group = new URLSearchParams(element.params).get("group");
  const key = createHash("sha256")
    .update(JSON.stringify([element.indicator, element.params, element.caption ?? ""]))
    .digest("hex")
    .slice(0, 16);
  const base = `/charts/indicators/${key}.${lang}`;
  const svgFile = join(ctx.assetsDir, `${base}.svg`);
  if (!existsSync(svgFile)) {
    const inGroup = group ? regionsOf(ctx, group) : undefined;
    const drawn = {
      ...(result as unknown as IndicatorResult),
      results: (result as unknown as IndicatorResult).results.filter((r) => !inGroup || (r.region !== undefined && inGroup.has(r.region))),
    };
    const figure = indicatorFigure({ lang, result: drawn, names: names as NameTable, caption: element.caption });
    mkdirSync(join(ctx.assetsDir, "charts/indicators"), { recursive: true });
    writeFileSync(svgFile, renderSvg(figure));
    writeFileSync(join(ctx.assetsDir, `${base}.card.png`), rasterise(renderSvg(figure, CARD), [CHART_FONT.font]));
  }
  const svg = readFileSync(svgFile, "utf8");
  return {
    fallback: svgFallback(
      svg,
      `${base}.svg`,
      { href: href(lang, links.page), label: lang === "zh" ? "页面" : "Page" },
      { href: links.api, label: lang === "zh" ? "结果（JSON）" : "Results (JSON)" },
    ),
    card: `${base}.card.png`,
  };
}

/** The province codes of an NBS region group (from the `regions` reference table). */
function regionsOf(ctx: SiteContext, group: string): Set<string> {
  const rows = ctx.dataset?.("regions")?.versions.at(-1)?.rows ?? [];
  return new Set(rows.filter((r) => r.group === group).map((r) => String(r.region)));
}
