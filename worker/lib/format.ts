/**
 * @module Content negotiation for data routes: the file extension wins, else the Accept header (RFC 9110 §12.5.1).
 * JSON-stat has no registered media type: it is chosen by the `.jsonstat` extension or by the token
 * `application/json+stat` in Accept, and served as `application/json` (it is JSON).
 */
import { HttpProblem } from "./problem";

/** Representations a data route can produce. */
export type DataFormat = "json" | "csv" | "jsonstat";

const TYPES: Record<DataFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  jsonstat: "application/json; charset=utf-8",
};

/** The media type in Accept that selects each format. */
const ACCEPTED: Record<DataFormat, string> = { json: "application/json", csv: "text/csv", jsonstat: "application/json+stat" };

/** The Content-Type of a format. */
export const contentTypeOf = (format: DataFormat) => TYPES[format];

/** The extensions a data file may carry and the format each selects. */
const EXTENSIONS: Record<string, DataFormat> = { ".json": "json", ".csv": "csv", ".jsonstat": "jsonstat" };

/** Parses an Accept header into media ranges ordered by quality (stable for equal q). */
function ranked(accept: string): string[] {
  return accept
    .slice(0, 1000)
    .split(",")
    .map((part, i) => {
      const [type = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { type: type.trim(), q: Number.isFinite(quality) ? quality : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.type);
}

/**
 * Picks the format from the path's extension (`data.csv`) or, without one, from `Accept`
 * (by quality value; `*\/*` and `application/*` mean JSON). Returns whether Accept was consulted, for `Vary`.
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
  for (const type of ranked(accept)) {
    if (type === "*/*" || type === "application/*") return { format: fallback, negotiated: true };
    const match = offered.find((f) => ACCEPTED[f] === type);
    if (match) return { format: match, negotiated: true };
    if (type === "text/*" && offered.includes("csv")) return { format: "csv", negotiated: true };
  }
  const allowed = offered.map((f) => ACCEPTED[f]);
  throw new HttpProblem("not-acceptable", `This resource is available as ${allowed.join(", ")}; Accept was "${accept.slice(0, 100)}".`, {
    param: "Accept",
    allowed,
  });
}

/** Checks that a JSON-only resource is acceptable: 406 otherwise. Returns whether Accept was consulted. */
export function requireJson(accept: string | null): void {
  negotiateFormat("", accept, ["json"]);
}
