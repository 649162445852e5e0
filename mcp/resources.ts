/**
 * @module Dataset pages as MCP resources (`atlas://datasets/{id}`): the text of a dataset's page in Markdown —
 * what it measures and in which units, where it comes from, its caveats and licence, and every version with its
 * hash — with links to the page and the API.
 */
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CatalogEntry } from "../schemas";
import { findDataset, loadCatalog } from "../worker/storage/catalog";
import { storeFor } from "../worker/storage/select-store";
import type { McpContext } from "./env";

/** The resource URI of a dataset page. */
export const datasetUri = (id: string) => `atlas://datasets/${id}`;

/** The Markdown page of a dataset. */
export function datasetPage(entry: CatalogEntry, origin: string): string {
  const lines = [
    `# ${entry.title.en} / ${entry.title.zh}`,
    "",
    entry.description.en,
    "",
    entry.description.zh,
    "",
    `Page: ${origin}/en/datasets/${entry.id}/ · ${origin}/datasets/${entry.id}/ · API: ${origin}/v1/datasets/${entry.id}`,
    "",
    "## Measures",
    ...entry.measures.map(
      (m) => `- \`${m.id}\`: ${m.title.en} (${m.title.zh}), ${m.unit.en}${m.definition ? ` — ${m.definition.en}` : ""}`,
    ),
    "",
    "## Versions (cite as id@version)",
    ...entry.versions.map((v) => `- ${entry.id}@${v.version}, published ${v.published}, ${v.hash}: ${v.changes.en}`),
    "",
    "## Sources",
    ...entry.sources.map((s) => `- ${s.publisher.en} (${s.kind}): ${s.title}${s.url ? ` <${s.url}>` : ""}`),
    "",
    `## Licence\n${entry.licence.title} (${entry.licence.id}). ${entry.licence.attribution.en}`,
  ];
  if (entry.caveats.length > 0) lines.push("", "## Caveats", ...entry.caveats.map((c) => `- ${c.en}`));
  return lines.join("\n");
}

/** Registers the dataset pages. */
export function registerDatasetPages(server: McpServer, context: McpContext): void {
  const catalog = () => loadCatalog(storeFor(context.env));
  server.registerResource(
    "dataset-page",
    new ResourceTemplate("atlas://datasets/{id}", {
      list: async () => ({
        resources: (await catalog()).datasets.map((d) => ({
          uri: datasetUri(d.id),
          name: d.id,
          title: d.title.en,
          description: `${d.title.zh}. ${d.description.en}`.slice(0, 300),
          mimeType: "text/markdown",
        })),
      }),
    }),
    {
      title: "Dataset page",
      description: "A dataset's page: measures, units, sources, caveats, licence and versions with hashes.",
      mimeType: "text/markdown",
    },
    async (uri, { id }) => {
      const entry = findDataset(await catalog(), String(id));
      return { contents: [{ uri: uri.href, mimeType: "text/markdown", text: datasetPage(entry, context.origin) }] };
    },
  );
}
