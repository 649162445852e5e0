/**
 * @module The three industry series the structure indicators take, each beside its text.
 */
import { series } from "./params";
import type { ParameterText } from "./types";

/** Value added of the primary industry. */
export const PRIMARY = series();
/** Text of {@link PRIMARY}. */
export const PRIMARY_TEXT: ParameterText = {
  description: { zh: "第一产业增加值。", en: "Value added of the primary industry." },
  example: "national-gdp@1.0.0:primary",
};
/** Value added of the secondary industry. */
export const SECONDARY = series();
/** Text of {@link SECONDARY}. */
export const SECONDARY_TEXT: ParameterText = {
  description: { zh: "第二产业增加值。", en: "Value added of the secondary industry." },
  example: "national-gdp@1.0.0:secondary",
};
/** Value added of the tertiary industry. */
export const TERTIARY = series();
/** Text of {@link TERTIARY}. */
export const TERTIARY_TEXT: ParameterText = {
  description: { zh: "第三产业增加值。", en: "Value added of the tertiary industry." },
  example: "national-gdp@1.0.0:tertiary",
};
