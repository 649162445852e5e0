/**
 * @module Tool `get_dataset`: a dataset's metadata (measures and units, licence, sources, caveats) and its versions
 * with content hashes, or one version of it.
 */
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { CatalogEntry } from "../../schemas";
import { callApi } from "../api";
import type { McpContext } from "../env";
import { answer } from "../result";

/** Coverage lists can hold hundreds of periods and regions: a model needs their span, not every item. */
function summarised(entry: CatalogEntry & { links?: Record<string, string> }) {
  return {
    ...entry,
    versions: entry.versions.map(({ coverage, ...version }) => ({
      ...version,
      coverage: {
        rows: coverage.rows,
        periods: { first: coverage.periods[0], last: coverage.periods.at(-1), count: coverage.periods.length },
        regions: coverage.regions.length > 12 ? { count: coverage.regions.length, first: coverage.regions.slice(0, 12) } : coverage.regions,
        measures: coverage.measures,
      },
    })),
  };
}

/** Registers `get_dataset`. */
export function registerGetDataset(server: McpServer, context: McpContext): void {
  server.registerTool(
    "get_dataset",
    {
      title: "Describe a dataset",
      description:
        "Metadata of a dataset: zh/en title and description, measures with units, licence and attribution, sources, caveats, and its published versions (newest first) with sha256 hashes. `dataset` is an id (all versions) or id@version (`internet-users@1.0.0`, a range `@^1`, or `@latest`).",
      inputSchema: { dataset: z.string().min(1).max(100) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ dataset }) =>
      answer(callApi<CatalogEntry>(context, `/v1/datasets/${encodeURIComponent(dataset).replaceAll("%40", "@")}`), (entry) =>
        summarised(entry),
      ),
  );
}
