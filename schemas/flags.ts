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

/** How a flag is shown: a table mark, a short name and a label that names and explains it. */
export interface FlagText {
  /** A short mark for tables (a footnote letter). */
  mark: string;
  /** The flag's name, for tight places (a point's tooltip, a break marker): "二手来源" / "secondary source". */
  name: LocalizedText;
  /** What it means: "取自转载、新闻…" / "read from a repost, …". */
  meaning: LocalizedText;
  /** Name and meaning, for legends and notes: "二手来源（取自转载、新闻…）" / "secondary source (read from …)". */
  label: LocalizedText;
}

/**
 * A flag's words; the label is its name with its meaning in brackets. Marked free of side effects so that bundles
 * which never name a flag (the API worker, under its size budget) drop the whole table.
 */
/* @__NO_SIDE_EFFECTS__ */
function wordFlag(mark: string, name: LocalizedText, meaning: LocalizedText): FlagText {
  return { mark, name, meaning, label: { zh: `${name.zh}（${meaning.zh}）`, en: `${name.en} (${meaning.en})` } };
}

/**
 * Every flag's words, the one source for everything that names a flag: table marks and their legend (the site's
 * static tables, `<pa-table>`), a figure's notes and its points' tooltips, so they all agree.
 */
export const FLAG_TEXT: Readonly<Record<Flag, FlagText>> = {
  break: wordFlag(
    "b",
    { zh: "序列断点", en: "break in series" },
    { zh: "口径或方法自此值起改变", en: "the definition or method changes at this value" },
  ),
  secondary: wordFlag(
    "s",
    { zh: "二手来源", en: "secondary source" },
    { zh: "取自转载、新闻、咨询机构或问答网页", en: "read from a repost, news report, consultancy or Q&A page" },
  ),
  transcribed: wordFlag(
    "t",
    { zh: "人工转录", en: "transcribed by hand" },
    { zh: "由印刷或网页表格手工录入", en: "hand-keyed from a printed or page table" },
  ),
  estimate: wordFlag(
    "e",
    { zh: "估计值", en: "estimate" },
    { zh: "第三方或模型估计，非官方统计", en: "a third-party or model estimate, not an official statistic" },
  ),
  "lower-bound": wordFlag(
    ">",
    { zh: "下限值", en: "lower bound" },
    { zh: "来源称“超过”此值", en: "the source says “more than” this value" },
  ),
  rounded: wordFlag("r", { zh: "修约值", en: "rounded" }, { zh: "来源只公布了修约后的数", en: "the source printed a rounded figure" }),
  "old-method": wordFlag(
    "o",
    { zh: "旧口径", en: "old method" },
    { zh: "后来的序列断点改用了新口径", en: "a later series break replaced it" },
  ),
  provisional: wordFlag("p", { zh: "初步数", en: "provisional" }, { zh: "发布机构可能修订", en: "the publisher may revise it" }),
  partial: wordFlag(
    "pt",
    { zh: "部分覆盖", en: "partial coverage" },
    { zh: "仅覆盖部分人口或时期", en: "covers only part of the population or period" },
  ),
};
