/**
 * @module Turns URL search parameters into a validated query, or a 400 problem naming the parameter.
 */
import * as v from "valibot";
import { HttpProblem } from "./problem";

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
      throw new HttpProblem("unknown-parameter", `Unknown query parameter "${key}".`, { param: key, allowed });
    }
    if (key in input) throw new HttpProblem("invalid-parameter", `Parameter "${key}" is given more than once.`, { param: key });
    input[key] = value;
  }
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const param = String(issue.path?.[0]?.key ?? "query");
  throw new HttpProblem("invalid-parameter", `Parameter "${param}": ${issue.message}.`, { param });
}
