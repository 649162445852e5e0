/**
 * @module Tool `search`: datasets, measures, indicators and views matching a query, in Chinese or English.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { loadIndicatorRegistry } from "../../worker/indicators/registry-store";
import { loadCatalog } from "../../worker/storage/catalog";
import { storeFor } from "../../worker/storage/select-store";
import type { McpContext } from "../env";
import { jsonResult } from "../result";
import { buildSearchIndex, searchIndex } from "../search";

/** Registers `search`. */
export function registerSearch(server: McpServer, context: McpContext): void {
  server.registerTool(
    "search",
    {
      title: "Search the atlas",
      description:
        "Find datasets, measures, indicators and named views by words in Chinese or English (e.g. 互联网普及率, internet penetration, gini). Returns ids to pass to get_dataset, get_data or compute_indicator.",
      inputSchema: { query: z.string().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit }) => {
      const store = storeFor(context.env);
      const index = buildSearchIndex(await loadCatalog(store), await loadIndicatorRegistry(store));
      const hits = searchIndex(index, query, limit).map((hit) => ({
        ...hit,
        url:
          hit.kind === "dataset"
            ? `${context.origin}/v1/datasets/${hit.id}`
            : hit.kind === "measure"
              ? `${context.origin}/v1/datasets/${hit.dataset}`
              : hit.kind === "view"
                ? `${context.origin}/v1/indicators/views/${hit.id}`
                : `${context.origin}/v1/indicators/${hit.id}`,
      }));
      return jsonResult({ query, count: hits.length, hits });
    },
  );
}
