/**
 * @module Turns URL search parameters into a validated query, or a 400 problem naming the parameter and,
 * where the schema lists them, its allowed values.
 */
import * as v from "valibot";
import { HttpProblem } from "./problem";

/** Allowed values of a picklist issue (`"east" | "west"` → `["east", "west"]`). */
function allowedOf(issue: v.BaseIssue<unknown>): string[] | undefined {
  if (issue.type !== "picklist" || !issue.expected) return undefined;
  return [...issue.expected.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
}

/**
 * Validates the search parameters of `url` against a strict valibot object schema. A repeated parameter,
 * an unknown one or an invalid value is a 400 that names the parameter and what it accepts.
 */
export function parseQuery<TSchema extends v.StrictObjectSchema<v.ObjectEntries, v.ErrorMessage<v.StrictObjectIssue> | undefined>>(
  schema: TSchema,
  url: URL,
): v.InferOutput<TSchema> {
  const allowed = Object.keys(schema.entries);
  const input: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) {
      throw new HttpProblem("unknown-parameter", `Unknown query parameter "${key.slice(0, 100)}". Allowed: ${allowed.join(", ")}.`, {
        param: key.slice(0, 100),
        allowed,
      });
    }
    if (key in input) throw new HttpProblem("invalid-parameter", `Parameter "${key}" is given more than once.`, { param: key });
    input[key] = value;
  }
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const param = String(issue.path?.[0]?.key ?? "query");
  const values = allowedOf(issue);
  // "Required" only when the parameter is really absent: a present one that a transform rejected keeps its message.
  const message = !(param in input) && issue.path?.length === 1 ? "is required" : issue.message;
  throw new HttpProblem("invalid-parameter", `Parameter "${param}": ${message}.`, { param, ...(values ? { allowed: values } : {}) });
}

/**
 * The query string sorted by parameter name, without `exclude`d parameters, each name and value encoded: one
 * spelling per meaning (and no two meanings with one spelling). Takes a URL or its parameters.
 */
export function canonicalQuery(query: URL | URLSearchParams, exclude: readonly string[] = []): string {
  const params = query instanceof URL ? query.searchParams : query;
  return [...params]
    .filter(([k]) => !exclude.includes(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, value]) => `${encodeURIComponent(k)}=${encodeURIComponent(value)}`)
    .join("&");
}
