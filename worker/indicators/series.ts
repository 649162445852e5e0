/**
 * @module Series references in queries (`dataset@version:measure`, ratios `a/b`, lists `a,-b`) and resolved
 * series: the observations of one measure, as indicators read them. Pure.
 */
import type { LocalizedText } from "../../schemas/localized-text";

/** A reference to one measure (or reference-table field) of one dataset version or range. */
export interface DatasetRef {
  dataset: string;
  /** `1.0.0`, a semver range, `latest`, or `""` (= latest). */
  spec: string;
  measure: string;
}

/** A parsed series expression: one reference, or a ratio of two. `negative` marks a less-is-better measure in lists. */
export interface SeriesExpr {
  text: string;
  numerator: DatasetRef;
  denominator?: DatasetRef;
  negative?: boolean;
}

const REF = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:@([^:/,@\s][^:/,@]*))?:([a-z][a-z0-9_]*)$/;

/** Parses `dataset@version:measure` (version optional = latest), or `undefined` when malformed. */
export function parseRef(text: string): DatasetRef | undefined {
  const m = REF.exec(text.trim());
  if (!m) return undefined;
  return { dataset: m[1] as string, spec: m[2]?.trim() ?? "", measure: m[3] as string };
}

/** Parses one series expression: a reference, or `a/b` when `ratio` is allowed. */
export function parseSeriesExpr(text: string, ratio: boolean): SeriesExpr | undefined {
  let body = text.trim();
  const negative = body.startsWith("-");
  if (negative) body = body.slice(1);
  const parts = body.split("/");
  if (parts.length > (ratio ? 2 : 1)) return undefined;
  const numerator = parseRef(parts[0] ?? "");
  if (!numerator) return undefined;
  if (parts.length === 1) return { text: body, numerator, ...(negative ? { negative } : {}) };
  const denominator = parseRef(parts[1] ?? "");
  return denominator ? { text: body, numerator, denominator, ...(negative ? { negative } : {}) } : undefined;
}

/** One observation of a resolved series. */
export interface SeriesPoint {
  region: string;
  period: string;
  category?: string;
  value: number;
}

/** A resolved series: the points of one expression after the request's filters, with its unit. */
export interface Series {
  /** The query parameter it came from. */
  param: string;
  /** The expression as written (`province-gdp@1.0.0:gdp`), for messages and explanations. */
  label: string;
  unit: LocalizedText;
  points: SeriesPoint[];
  /** In lists: whether less is better. */
  negative?: boolean;
}
