/**
 * @module `/mcp`: forwarded to the MCP worker (mcp/) through the `MCP` service binding, unchanged, so that the
 * MCP SDK is not part of this worker's bundle.
 */
import { Hono } from "hono/tiny";
import type { AppEnv } from "../env";
import { HttpProblem } from "../lib/problem";

/** The forwarding route. */
export const mcpRoute = new Hono<AppEnv>();

mcpRoute.all("/", async (c) => {
  if (!c.env.MCP) throw new HttpProblem("not-found", "The MCP server is not bound in this deployment (service binding MCP).");
  const response = await c.env.MCP.fetch(c.req.raw);
  // A fetched response's headers are immutable; the middleware adds its own.
  return new Response(response.body, response);
});
