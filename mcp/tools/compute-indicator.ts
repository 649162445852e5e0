/**
 * @module Tool `compute_indicator`: an indicator (Gini, Theil, HHI, growth, …) computed on exact dataset versions,
 * or a named view; the result names every input as dataset@version with its hash and the method version.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { IndicatorResult } from "../../schemas/indicator";
import { callApi } from "../api";
import type { McpContext } from "../env";
import { answer, problemResult } from "../result";

/** Registers `compute_indicator`. */
export function registerComputeIndicator(server: McpServer, context: McpContext): void {
  server.registerTool(
    "compute_indicator",
    {
      title: "Compute an indicator",
      description:
        'Computes an indicator on exact dataset versions: give `indicator` (an id from search or GET /v1/indicators, e.g. gini) with `parameters` as in GET /v1/indicators/{id} (e.g. {"value": "province-gdp@1.0.0:gdp/province-population@1.0.0:population", "weight": "province-population@1.0.0:population", "period": "2024"}), or `view` (an id from list_views; `parameters` may then set period, region, group, explain). The result lists its inputs as dataset@version with hashes.',
      inputSchema: {
        indicator: z.string().max(60).optional(),
        view: z.string().max(80).optional(),
        parameters: z.record(z.string().max(1000)).default({}),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ indicator, view, parameters }) => {
      if ((indicator === undefined) === (view === undefined)) {
        return problemResult({ title: "Invalid arguments", detail: "Give either `indicator` or `view`, not both and not neither." });
      }
      const path = view ? `/v1/indicators/views/${encodeURIComponent(view)}` : `/v1/indicators/${encodeURIComponent(indicator ?? "")}`;
      return answer(callApi<IndicatorResult>(context, path, parameters), (body) => ({
        ...body,
        cite: [...new Set(body.inputs.map((i) => `${i.dataset}@${i.version}`))],
      }));
    },
  );
}
