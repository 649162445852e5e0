/**
 * @module Tool `list_views`: the named views, each one question answered by one indicator query.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { IndicatorView } from "../../schemas/indicator";
import { callApi } from "../api";
import type { McpContext } from "../env";
import { answer } from "../result";

/** Registers `list_views`. */
export function registerListViews(server: McpServer, context: McpContext): void {
  server.registerTool(
    "list_views",
    {
      title: "List named views",
      description:
        "The named views: questions about inequality, the digital divide and the digital economy, each answered by one indicator query on exact datasets. Compute one with compute_indicator {view: id}.",
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      answer(callApi<{ count: number; views: IndicatorView[] }>(context, "/v1/indicators/views"), (body) => ({
        count: body.count,
        views: body.views.map(({ id, title, question, indicator, query, links }) => ({
          id,
          title,
          question,
          indicator,
          query,
          url: links?.self,
        })),
      })),
  );
}
