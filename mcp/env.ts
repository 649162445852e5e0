/**
 * @module What the MCP worker is given: the same data bindings as the API worker (static assets, optional R2)
 * and, per request, the origin its links point at and the execution context.
 */
import type { DataBindings } from "../worker/storage/select-store";

/** Bindings of the MCP worker (mcp/wrangler.toml). */
export type McpBindings = DataBindings;

/** Everything a tool or resource needs to answer. */
export interface McpContext {
  env: McpBindings;
  /** The public origin of the request (`https://atlas.example`), for the links in answers. */
  origin: string;
  ctx: ExecutionContext;
}
