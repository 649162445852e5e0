/**
 * @module The embed builder's data (`/gallery/builder.json`): written at build time (scripts/build/site/builder-data.ts)
 * and read by the builder on the page (site/js/builder.ts) — one set of types for both.
 */
import type { LocalizedText } from "../../schemas/localized-text";
import type { KindOptions } from "../element-figures";
import type { EmbedScript, WidgetAttributes } from "./snippet";

export type { KindOptions };

/** An indicator the builder offers, with the parameters of its documented example. */
export interface BuilderIndicator {
  id: string;
  title: LocalizedText;
  params: string;
}

/**
 * A kind of chart the builder offers: an element with fixed attributes (its `kind`, a preset), derived from the
 * element figures table (scripts/build/site/gallery-elements.ts `builderKinds`).
 */
export interface BuilderKind {
  value: string;
  tag: string;
  title: LocalizedText;
  fixed: WidgetAttributes;
  options: KindOptions;
}

/** One dataset as the builder sees it. */
export interface BuilderDataset {
  id: string;
  title: LocalizedText;
  versions: { version: string; published: string }[];
  measures: { id: string; title: LocalizedText; unit: LocalizedText }[];
  regions: { code: string; name: LocalizedText }[];
  periods: string[];
  /** Covers the 31 provinces (rankings, tile maps and group shares apply). */
  provinces: boolean;
  default: { measure: string[]; region: string[] };
}

/** The builder's data file. */
export interface BuilderData {
  script: EmbedScript;
  kinds: BuilderKind[];
  /**
   * The tags whose snippet carries a static fallback: the element table's tags that the charts Worker draws
   * (`/v1/charts/{element}.svg`, figure/element-figures.ts), derived by the build.
   */
  drawn: string[];
  /** Indicators whose example the build computed (for the `indicator` kind). */
  indicators: BuilderIndicator[];
  datasets: BuilderDataset[];
}
