/**
 * @module Row flags as the shared contract defines them (`status` holds one or more flags joined by `;`), read by
 * schemas/observation.ts's `parseFlags`, with what each means in the figure's language — worded once, in
 * schemas/flags.ts's `FLAG_TEXT`, so a figure's notes and a table's marks say the same.
 */
import { FLAG_TEXT, type Flag } from "../schemas/flags";
import { parseFlags as parseStatus } from "../schemas/observation";
import type { FigureLang } from "./model";

/** The flags of a row's `status` (the schema's reader). */
export const parseFlags = (status: string | undefined): string[] => parseStatus(status);

/** Flags whose values come from a weaker source than an official release: drawn hollow. */
export const WEAK_FLAGS = new Set(["secondary", "transcribed", "estimate", "lower-bound"]);

/** Whether a point is drawn hollow. */
export const isWeak = (flags: readonly string[]): boolean => flags.some((f) => WEAK_FLAGS.has(f));

/** A flag's short name in the figure's language (tooltips, break markers), from the one flag table. */
export function flagText(flag: string, lang: FigureLang): string {
  return FLAG_TEXT[flag as Flag]?.name[lang] ?? flag;
}

/** A flag's name and meaning in the figure's language (notes), worded as the table marks' legend words it. */
export function flagLabel(flag: string, lang: FigureLang): string {
  return FLAG_TEXT[flag as Flag]?.label[lang] ?? flag;
}
