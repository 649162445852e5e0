/**
 * @module Numbers and periods as a reader of each language expects them — the figure model's formatters
 * (figure/format/), the same ones the site and the server-side renderer use: zh groups large numbers in 万/亿,
 * periods read "2021年6月" / "Jun 2021".
 */
export { formatNumber } from "../../figure/format/number";
export { formatPeriod } from "../../figure/format/period";

/** A value with its unit: "71.6%", "6,602.6 亿元", "1,032 million persons". */
export function withUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
