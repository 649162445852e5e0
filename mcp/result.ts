/**
 * @module Tool results: JSON as text (what every MCP client shows the model) and as structured content; a
 * problem from the API becomes a tool error that says what to change.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { ApiAnswer } from "./api";

/** A successful tool result holding `value`. */
export function jsonResult(value: Record<string, unknown>): CallToolResult {
  return { content: [{ type: "text", text: JSON.stringify(value, null, 1) }], structuredContent: value };
}

/** A tool error: the API's problem title, detail, the parameter at fault and what it accepts. */
export function problemResult(problem: Extract<ApiAnswer<unknown>, { ok: false }>["problem"]): CallToolResult {
  const allowed = problem.allowed ? ` Allowed: ${problem.allowed.slice(0, 40).join(", ")}.` : "";
  const param = problem.param ? ` (parameter ${problem.param})` : "";
  return { isError: true, content: [{ type: "text", text: `${problem.title ?? "Error"}${param}: ${problem.detail ?? ""}${allowed}` }] };
}

/** Runs an API call and maps its body, or returns the problem as a tool error. */
export async function answer<T>(call: Promise<ApiAnswer<T>>, map: (body: T) => Record<string, unknown>): Promise<CallToolResult> {
  const result = await call;
  return result.ok ? jsonResult(map(result.body)) : problemResult(result.problem);
}
