/**
 * @module The MCP worker's entry: `/mcp` speaks the Streamable HTTP transport of the Model Context Protocol
 * (stateless, JSON responses) with the SDK's Web-standard transport. The API worker forwards `/mcp` here through
 * its `MCP` service binding; the public origin is kept, so links in answers point at it.
 */
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { Hono } from "hono";
import type { McpBindings } from "./env";
import { createAtlasServer } from "./server";

/** The MCP worker application. */
export const mcp = new Hono<{ Bindings: McpBindings }>();

mcp.all("/mcp", async (c) => {
  const server = createAtlasServer({ env: c.env, origin: new URL(c.req.url).origin, ctx: c.executionCtx });
  // Stateless: no session id, every request carries what it needs; JSON responses rather than an SSE stream.
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  return transport.handleRequest(c.req.raw);
});

mcp.notFound(
  (c) =>
    new Response(
      JSON.stringify({
        type: "/docs/api#problem-not-found",
        title: "Not found",
        status: 404,
        detail: "The MCP endpoint is /mcp.",
        instance: c.req.path,
      }),
      { status: 404, headers: { "content-type": "application/problem+json; charset=utf-8" } },
    ),
);

export default mcp;
