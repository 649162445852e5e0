/**
 * @module The API, called in-process: tools answer with exactly what `/v1` answers (the same validation, version
 * resolution, filters and problems), because they run the API's own Hono app over the same data store.
 */
import { app } from "../worker/app";
import type { McpContext } from "./env";

/** A `/v1` answer: the parsed JSON body, or the problem (RFC 9457) it returned. */
export type ApiAnswer<T> =
  | { ok: true; body: T }
  | { ok: false; problem: { title?: string; detail?: string; param?: string; allowed?: string[] } };

/** GETs `path` (below the origin) with `query` from the API app, without a network hop. */
export async function callApi<T>(context: McpContext, path: string, query: Record<string, string | undefined> = {}): Promise<ApiAnswer<T>> {
  const url = new URL(path, context.origin);
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") url.searchParams.set(key, value);
  const response = await app.fetch(new Request(url, { headers: { accept: "application/json" } }), context.env, context.ctx);
  const body = await response.json();
  return response.ok ? { ok: true, body: body as T } : { ok: false, problem: body as never };
}
