/**
 * @module The three industry series the structure indicators take.
 */
import { series } from "./params";

/** Value added of the primary industry. */
export const PRIMARY = series(
  { zh: "第一产业增加值。", en: "Value added of the primary industry." },
  { example: "national-gdp@1.0.0:primary" },
);
/** Value added of the secondary industry. */
export const SECONDARY = series(
  { zh: "第二产业增加值。", en: "Value added of the secondary industry." },
  { example: "national-gdp@1.0.0:secondary" },
);
/** Value added of the tertiary industry. */
export const TERTIARY = series(
  { zh: "第三产业增加值。", en: "Value added of the tertiary industry." },
  { example: "national-gdp@1.0.0:tertiary" },
);
