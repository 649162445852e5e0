/**
 * @module Exact unit changes by powers of ten. Sources mix 亿 (10^8) and 万 (10^4); converting between them by
 * floating-point multiplication would print 51500.00000000001 for 5.15 万亿, so the decimal point is moved in the
 * text instead and the result is exactly what a person would write.
 */

const PLAIN_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Multiplies a plain decimal number written as text by 10^exponent by moving its decimal point.
 * Throws on anything that is not a plain decimal (no exponents, separators or signs other than a leading minus).
 * @example shiftDecimal("5.15", 4) // 51500
 * @example shiftDecimal("2.66", 4) // 26600
 */
export function shiftDecimal(text: string, exponent: number): number {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match || !Number.isInteger(exponent)) throw new Error(`shiftDecimal: "${text}" × 10^${exponent} is not a plain decimal shift`);
  const [, sign = "", whole = "", fraction = ""] = match;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const padded = point > digits.length ? digits.padEnd(point, "0") : point < 0 ? digits.padStart(digits.length - point, "0") : digits;
  const at = Math.max(point, 0);
  const int = padded.slice(0, at) || "0";
  const frac = padded.slice(at);
  return Number(`${sign}${int}${frac ? `.${frac}` : ""}`);
}
