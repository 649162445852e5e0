/**
 * @module A typed client for the `/v1` API: openapi-fetch over the types generated from the OpenAPI document
 * (`client/paths.ts`), with comma-separated lists as the API expects them. CSV answers (`…/data.csv`, or
 * `…/data` with `Accept: text/csv`) are returned as text, not parsed as JSON.
 * @example
 * const atlas = createAtlasClient("https://atlas.example");
 * const { data, error } = await atlas.GET("/v1/datasets/{ref}/data", {
 *   params: { path: { ref: "province-gdp@^1" }, query: { group: ["northeast"], period: "2015..2022" } },
 * });
 */
import createClient, { type ClientOptions } from "openapi-fetch";
import type { paths } from "./paths";

export type { components, operations, paths } from "./paths";

/** The Accept header of a request's options, whatever form its headers take. */
function acceptOf(headers: unknown): string {
  if (headers instanceof Headers) return headers.get("accept") ?? "";
  if (Array.isArray(headers)) return String(headers.find(([k]) => String(k).toLowerCase() === "accept")?.[1] ?? "");
  const entry = Object.entries((headers ?? {}) as Record<string, unknown>).find(([k]) => k.toLowerCase() === "accept");
  return entry ? String(entry[1]) : "";
}

/** How to read a response: CSV routes answer text. */
export function parseAsFor(path: string, headers: unknown): "text" | "json" {
  return path.endsWith(".csv") || /^\s*text\/(?:csv|\*)/i.test(acceptOf(headers)) ? "text" : "json";
}

/** Creates a client for the API at `baseUrl` (its origin, e.g. `https://atlas.example`). */
export function createAtlasClient(baseUrl: string, options: Omit<ClientOptions, "baseUrl"> = {}) {
  const client = createClient<paths>({ baseUrl, querySerializer: { array: { style: "form", explode: false } }, ...options });
  const GET = ((path: string, init?: { headers?: unknown; parseAs?: string }) =>
    client.GET(path as never, { parseAs: parseAsFor(path, init?.headers), ...init } as never)) as typeof client.GET;
  return { ...client, GET };
}
