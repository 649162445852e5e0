/**
 * @module The widget elements the gallery shows and the builder offers: each with what it is for, which builder
 * options apply to it, and a demo. Only elements that the bundle defines (see `widgets/index.ts`) are used, so
 * the gallery follows the widgets as they are added.
 */
import type { LocalizedText } from "../../../schemas";
import type { SiteContext } from "./context";
import type { WidgetAttributes } from "./widgets";

/** What the builder asks for an element. */
export interface ElementOptions {
  /** Several measures (`true`) or exactly one. */
  multiMeasure: boolean;
  /** Several regions (`true`), one (`false`), or none (the element shows all regions of a period). */
  regions: "many" | "one" | "none";
  /** Takes a period range (`a..b`), a single period, or none. */
  period: "range" | "single" | "none";
}

/** A gallery entry. */
export interface GalleryElement {
  tag: string;
  title: LocalizedText;
  summary: LocalizedText;
  options: ElementOptions;
  demo: WidgetAttributes;
}

/** Every element we know how to present, in gallery order. */
export const GALLERY: readonly GalleryElement[] = [
  {
    tag: "pa-chart",
    title: { zh: "折线图 <pa-chart>", en: "Line chart <pa-chart>" },
    summary: {
      zh: "一个或多个指标项、地区随时间的变化；附数据表替代与一句话摘要。",
      en: "One or more measures or regions over time, with a table alternative and a one-sentence summary.",
    },
    options: { multiMeasure: true, regions: "many", period: "range" },
    demo: { dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct" },
  },
];

/** The gallery entries whose element the bundle defines and whose demo dataset is published. */
export function availableElements(ctx: SiteContext): GalleryElement[] {
  const published = new Set(ctx.catalog.datasets.map((d) => d.id));
  return GALLERY.filter((g) => ctx.widgetTags.has(g.tag) && (!g.demo.dataset || published.has(g.demo.dataset.split("@")[0] as string)));
}
