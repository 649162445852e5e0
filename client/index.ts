/**
 * @module A typed client for the `/v1` API: openapi-fetch over the types generated from the OpenAPI document
 * (`client/paths.ts`), with comma-separated lists as the API expects them.
 * @example
 * const atlas = createAtlasClient("https://atlas.example");
 * const { data, error } = await atlas.GET("/v1/datasets/{ref}/data", {
 *   params: { path: { ref: "province-gdp@^1" }, query: { group: ["northeast"], period: "2015..2022" } },
 * });
 */
import createClient, { type ClientOptions } from "openapi-fetch";
import type { paths } from "./paths";

export type { components, operations, paths } from "./paths";

/** Creates a client for the API at `baseUrl` (its origin, e.g. `https://atlas.example`). */
export function createAtlasClient(baseUrl: string, options: Omit<ClientOptions, "baseUrl"> = {}) {
  return createClient<paths>({ baseUrl, querySerializer: { array: { style: "form", explode: false } }, ...options });
}
