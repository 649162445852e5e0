/**
 * @module Row flags as the shared contract defines them: `status` holds one or more flags joined by `;`.
 * A local reader until schemas/observation.ts exports `parseFlags` (the `truth` branch); then this delegates.
 */
import type { FigureLang } from "./model";

/** The flags of a row's `status`. */
export function parseFlags(status: string | undefined): string[] {
  return (status ?? "")
    .split(";")
    .map((f) => f.trim())
    .filter(Boolean);
}

/** Flags whose values come from a weaker source than an official release: drawn hollow. */
export const WEAK_FLAGS = new Set(["secondary", "transcribed", "estimate", "lower-bound"]);

/** Whether a point is drawn hollow. */
export const isWeak = (flags: readonly string[]): boolean => flags.some((f) => WEAK_FLAGS.has(f));

const FLAG_WORDS: Record<string, [string, string]> = {
  break: ["序列断点：此后口径或方法改变", "break in series: the method or coverage changes here"],
  secondary: ["转引自二手来源", "from a secondary source"],
  transcribed: ["人工转录", "transcribed by hand"],
  estimate: ["估计值", "estimate"],
  "lower-bound": ["下限值", "lower bound"],
  rounded: ["来源四舍五入", "rounded in the source"],
  "old-method": ["旧口径", "old method"],
  provisional: ["初步数", "provisional"],
  partial: ["仅覆盖部分范围", "partial coverage"],
};

/** What a flag means, in the figure's language. */
export function flagText(flag: string, lang: FigureLang): string {
  return FLAG_WORDS[flag]?.[lang === "zh" ? 0 : 1] ?? flag;
}
