/**
 * @module Row flags: the one vocabulary an observation's `status` uses to say how far a value can be trusted and
 * compared. A row may carry several flags, joined by `;` in vocabulary order (e.g. `secondary;transcribed`).
 */
import * as v from "valibot";
import type { LocalizedText } from "./localized-text";

/**
 * The flag vocabulary, in canonical order:
 * - `break`: the series' definition changes at this observation (the dataset's caveats say how);
 * - `secondary`: read from a repost, news report, consultancy or Q&A page, not from the publisher;
 * - `transcribed`: hand-keyed from a printed or page table (by us or a third party), not machine-read;
 * - `estimate`: a third-party or model estimate, not an official statistic;
 * - `lower-bound`: the source says "more than" this value;
 * - `rounded`: the source printed a rounded figure (e.g. "1.06 billion");
 * - `old-method`: measured by a method that a later series break replaced;
 * - `provisional`: a preliminary figure the publisher may revise;
 * - `partial` (legacy, kept because published versions use it): covers only part of the population or period.
 */
export const FLAGS = [
  "break",
  "secondary",
  "transcribed",
  "estimate",
  "lower-bound",
  "rounded",
  "old-method",
  "provisional",
  "partial",
] as const;

/** One row flag. */
export const Flag = v.picklist(FLAGS);
/** One row flag. */
export type Flag = v.InferOutput<typeof Flag>;

const FLAG_ORDER = new Map<string, number>(FLAGS.map((f, i) => [f, i]));

/**
 * The flags of a `status` cell, in the order written; unknown words are dropped (validation reports them, readers
 * should not fail on a flag a newer version adds). `undefined` or `""` → `[]`.
 */
export function parseFlags(status: string | undefined): Flag[] {
  if (!status) return [];
  return status
    .split(";")
    .map((s) => s.trim())
    .filter((s): s is Flag => FLAG_ORDER.has(s));
}

/** The canonical `status` cell for a set of flags (vocabulary order, no repeats); `undefined` for none. */
export function joinFlags(flags: Iterable<Flag | undefined>): string | undefined {
  const unique = [...new Set([...flags].filter((f): f is Flag => f !== undefined))];
  unique.sort((a, b) => (FLAG_ORDER.get(a) ?? 0) - (FLAG_ORDER.get(b) ?? 0));
  return unique.length > 0 ? unique.join(";") : undefined;
}

/**
 * A `status` cell: one or more flags joined by `;`, each from {@link FLAGS}, without repeats, in vocabulary order
 * (so that one set of flags has exactly one spelling and published bytes stay canonical).
 */
export const ObservationStatus = v.pipe(
  v.string(),
  v.check((s) => s.split(";").every((f) => FLAG_ORDER.has(f)), `flags joined by ";", each one of ${FLAGS.join(", ")}`),
  v.check((s) => joinFlags(s.split(";") as Flag[]) === s, "flags in vocabulary order, each at most once"),
);
/** A `status` cell. */
export type ObservationStatus = v.InferOutput<typeof ObservationStatus>;

/** A short mark for tables (a footnote letter) and the flag's meaning in both languages, for legends. */
export const FLAG_TEXT: Readonly<Record<Flag, { mark: string; label: LocalizedText }>> = {
  break: { mark: "b", label: { zh: "序列断点：口径自此值起变化", en: "break: the definition changes at this value" } },
  secondary: {
    mark: "s",
    label: {
      zh: "二手来源：取自转载、新闻、咨询机构或问答网页",
      en: "secondary: read from a repost, news report, consultancy or Q&A page",
    },
  },
  transcribed: { mark: "t", label: { zh: "手工录入：由印刷或网页表格转录", en: "transcribed: hand-keyed from a printed or page table" } },
  estimate: { mark: "e", label: { zh: "估计值，非官方统计", en: "estimate, not an official statistic" } },
  "lower-bound": { mark: ">", label: { zh: "下限：来源称“超过”此值", en: "lower bound: the source says more than this" } },
  rounded: { mark: "r", label: { zh: "来源公布的修约值", en: "rounded by the source" } },
  "old-method": { mark: "o", label: { zh: "旧口径（序列断点前）", en: "old method, before a series break" } },
  provisional: { mark: "p", label: { zh: "初步数，可能修订", en: "provisional, may be revised" } },
  partial: { mark: "pt", label: { zh: "仅覆盖部分人口或时期", en: "covers part of the population or period" } },
};
