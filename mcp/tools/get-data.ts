/**
 * @module Tool `get_data`: observations of one dataset version, filtered like `/v1/…/data` and capped, with the
 * exact `dataset@version` and content hash to cite.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Measure } from "../../schemas";
import { callApi } from "../api";
import type { McpContext } from "../env";
import { answer } from "../result";

/** Most rows one call returns: enough for a series or a cross-section, small enough for a model's context. */
export const MAX_TOOL_ROWS = 500;

interface DataBody {
  dataset: string;
  version: string;
  requested: string;
  hash: string;
  title: unknown;
  attribution: unknown;
  measures: Measure[];
  total: number;
  count: number;
  rows: Record<string, unknown>[];
  links: Record<string, string>;
}

const text = (description: string) => z.string().max(500).optional().describe(description);

/** Registers `get_data`. */
export function registerGetData(server: McpServer, context: McpContext): void {
  server.registerTool(
    "get_data",
    {
      title: "Read observations",
      description: `Rows (region, period, measure, category, value, status) of one dataset version, filtered; at most ${MAX_TOOL_ROWS} per call (\`truncated\` says when more matched). Cite the answer as dataset@version with its hash, both returned. Filters are those of GET /v1/datasets/{ref}/data.`,
      inputSchema: {
        dataset: z
          .string()
          .min(1)
          .max(100)
          .describe("id@version, e.g. internet-users@1.0.0 (a range such as @^1 or @latest resolves to the newest match)"),
        period: text("Inclusive range a..b, a.., ..b or one period: 2021, 2021-12, 2021-Q3, 2021-H2, e.g. 2021-06..2021-12"),
        region: text("Region codes, comma-separated: CN (the country), CN-BJ, CN-GD …"),
        group: text("NBS groups, comma-separated: east, central, west, northeast"),
        measure: text("Measure ids from get_dataset, comma-separated"),
        category: text("Categories (third dimension), comma-separated"),
        latest: z.number().int().min(1).max(1000).optional().describe("Only the n most recent periods of each series"),
        limit: z.number().int().min(1).max(MAX_TOOL_ROWS).default(100),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ dataset, limit, latest, ...filters }) =>
      answer(
        callApi<DataBody>(context, `/v1/datasets/${encodeURIComponent(dataset).replaceAll("%40", "@")}/data.json`, {
          ...filters,
          latest: latest?.toString(),
          limit: String(limit),
        }),
        (body) => ({
          cite: `${body.dataset}@${body.version}`,
          dataset: body.dataset,
          version: body.version,
          requested: body.requested,
          hash: body.hash,
          title: body.title,
          attribution: body.attribution,
          measures: body.measures.map((m) => ({ id: m.id, title: m.title, unit: m.unit })),
          total: body.total,
          returned: body.count,
          truncated: body.total > body.count,
          rows: body.rows,
          links: body.links,
        }),
      ),
  );
}
