/**
 * @module Tool `search`: datasets, measures, indicators and views matching a query in Chinese, English or pinyin —
 * the same build-time index (`search.json`) and ranking as `GET /v1/search`.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { SearchIndex } from "../../worker/lib/search/index-format";
import { search } from "../../worker/lib/search/search";
import { storeFor } from "../../worker/storage/select-store";
import type { McpContext } from "../env";
import { jsonResult } from "../result";

/** Registers `search`. */
export function registerSearch(server: McpServer, context: McpContext): void {
  server.registerTool(
    "search",
    {
      title: "Search the atlas",
      description:
        "Find datasets, measures, indicators and named views by words in Chinese, English or pinyin (e.g. 互联网普及率, internet penetration, hulianwang, gini). Returns ids to pass to get_dataset, get_data or compute_indicator.",
      inputSchema: { query: z.string().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, limit }) => {
      const index = await storeFor(context.env).json<SearchIndex>("search.json");
      if (!index) throw new Error("search.json is missing from the data store");
      const hits = search(index, query, { limit }).map(({ kind, id, title, score, api }) => ({
        kind,
        id,
        title,
        score,
        url: context.origin + api,
      }));
      return jsonResult({ query, count: hits.length, hits });
    },
  );
}
