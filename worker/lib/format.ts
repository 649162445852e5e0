/**
 * @module Content negotiation for data routes: the file extension wins, else the Accept header.
 */
import { HttpProblem } from "./problem";

/** Representations a data route can produce. */
export type DataFormat = "json" | "csv";

const TYPES: Record<DataFormat, string> = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8; header=present" };

/** The Content-Type of a format. */
export const contentTypeOf = (format: DataFormat) => TYPES[format];

/**
 * Picks the format from the path's extension (`data.csv`) or, without one, from `Accept`
 * (by quality value; `*\/*` means JSON). Returns whether Accept was consulted, for `Vary`.
 */
export function negotiateFormat(file: string, accept: string | null): { format: DataFormat; negotiated: boolean } {
  if (file.endsWith(".csv")) return { format: "csv", negotiated: false };
  if (file.endsWith(".json")) return { format: "json", negotiated: false };
  if (!accept) return { format: "json", negotiated: true };
  const ranked = accept
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { type } of ranked) {
    if (type === "text/csv") return { format: "csv", negotiated: true };
    if (type === "application/json" || type === "application/*" || type === "*/*") return { format: "json", negotiated: true };
  }
  throw new HttpProblem("not-acceptable", `This resource is available as application/json or text/csv, not "${accept.slice(0, 100)}".`, {
    allowed: ["application/json", "text/csv"],
  });
}
