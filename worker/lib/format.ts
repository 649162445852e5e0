/**
 * @module Content negotiation for data routes: the file extension wins, else the Accept header (RFC 9110 §12.5.1).
 * JSON-stat has no registered media type of its own: it is JSON, served as `application/json` with the profile
 * parameter (RFC 6906) `profile="https://json-stat.org/format/"`, and asked for with that media type (or the
 * `.jsonstat` extension; the older token `application/json+stat` is still understood).
 */
import { parseAccept } from "./accept";
import { HttpProblem } from "./problem";

/** Representations a data route can produce. */
export type DataFormat = "json" | "csv" | "jsonstat";

/** The JSON-stat profile URI. */
export const JSONSTAT_PROFILE = "https://json-stat.org/format/";

/** The media type of each format, as the OpenAPI document lists it. */
export const MEDIA_TYPES: Record<DataFormat, string> = {
  json: "application/json",
  csv: "text/csv",
  jsonstat: `application/json; profile="${JSONSTAT_PROFILE}"`,
};

const TYPES: Record<DataFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  jsonstat: `application/json; charset=utf-8; profile="${JSONSTAT_PROFILE}"`,
};

/** The Content-Type of a format. */
export const contentTypeOf = (format: DataFormat) => TYPES[format];

/** The file (below a version) that holds one format: `data.csv`. */
export const dataFileOf = (format: DataFormat) => `data.${format}`;

/** The extensions a data file may carry and the format each selects. */
const EXTENSIONS: Record<string, DataFormat> = { ".json": "json", ".csv": "csv", ".jsonstat": "jsonstat" };

/** The format one media range of Accept asks for, among `offered`; `*` means the first offered. */
function formatOf(type: string, params: Record<string, string>, offered: readonly DataFormat[]): DataFormat | undefined {
  const fallback = offered[0];
  if (type === "*/*" || type === "application/*") return fallback;
  if (type === "text/*" || type === "text/csv") return offered.includes("csv") ? "csv" : undefined;
  if (type === "application/json+stat") return offered.includes("jsonstat") ? "jsonstat" : undefined;
  if (type === "application/json") {
    // A profile names JSON-stat; a bare application/json is the route's own JSON.
    if (params.profile === JSONSTAT_PROFILE) return offered.includes("jsonstat") ? "jsonstat" : undefined;
    return offered.includes("json") ? "json" : offered.includes("jsonstat") ? "jsonstat" : undefined;
  }
  return undefined;
}

/**
 * Picks the format from the path's extension (`data.csv`) or, without one, from `Accept` (by quality value;
 * `*\/*` and `application/*` mean JSON). Returns whether Accept was consulted, for `Vary`.
 */
export function negotiateFormat(
  file: string,
  accept: string | null,
  offered: readonly DataFormat[] = ["json", "csv", "jsonstat"],
): { format: DataFormat; negotiated: boolean } {
  const ext = /\.[a-z]+$/.exec(file)?.[0];
  const byExtension = ext ? EXTENSIONS[ext] : undefined;
  if (byExtension) return { format: byExtension, negotiated: false };
  const fallback = offered[0] ?? "json";
  if (!accept) return { format: fallback, negotiated: true };
  for (const { type, params, q } of parseAccept(accept)) {
    if (q <= 0) continue;
    const match = formatOf(type, params, offered);
    if (match) return { format: match, negotiated: true };
  }
  const allowed = offered.map((f) => MEDIA_TYPES[f]);
  throw new HttpProblem("not-acceptable", `This resource is available as ${allowed.join(", ")}; Accept was "${accept.slice(0, 100)}".`, {
    param: "Accept",
    allowed,
  });
}

/** Checks that a JSON-only resource is acceptable: 406 otherwise. */
export function requireJson(accept: string | null): void {
  negotiateFormat("", accept, ["json"]);
}
