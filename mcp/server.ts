/**
 * @module The MCP server of the atlas: tools `search`, `get_dataset`, `get_data`, `compute_indicator`,
 * `list_views`, and dataset pages as resources. One server per request (stateless), as Workers isolates share
 * no session state.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { McpContext } from "./env";
import { registerDatasetPages } from "./resources";
import { registerComputeIndicator } from "./tools/compute-indicator";
import { registerGetData } from "./tools/get-data";
import { registerGetDataset } from "./tools/get-dataset";
import { registerListViews } from "./tools/list-views";
import { registerSearch } from "./tools/search";

/** Name and version the server reports in `initialize`. */
export const SERVER_INFO = { name: "prosperity-atlas", title: "Prosperity Atlas", version: "1.0.0" } as const;

/** A server with every tool and resource, answering for `context`. */
export function createAtlasServer(context: McpContext): McpServer {
  const server = new McpServer(SERVER_INFO, {
    instructions:
      "Open data on China's digital economy and common prosperity. Every number comes from a published, immutable dataset version: cite dataset@version (and its hash) from get_data or compute_indicator. Start with search, then get_dataset for units and caveats.",
  });
  registerSearch(server, context);
  registerGetDataset(server, context);
  registerGetData(server, context);
  registerComputeIndicator(server, context);
  registerListViews(server, context);
  registerDatasetPages(server, context);
  return server;
}
