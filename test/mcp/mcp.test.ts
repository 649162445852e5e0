/**
 * The MCP server, driven by the SDK's own client over the Streamable HTTP transport against the running workers
 * (`wrangler dev` with the API and MCP configs; /mcp is forwarded through the API worker's service binding).
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

let client: Client;

/** The JSON a tool answered. */
async function call(name: string, args: Record<string, unknown> = {}) {
  const result = await client.callTool({ name, arguments: args });
  const text = (result.content as Array<{ type: string; text: string }>)[0]?.text ?? "";
  return { isError: result.isError === true, text, json: (result.isError ? {} : JSON.parse(text)) as Record<string, unknown> };
}

beforeAll(async () => {
  client = new Client({ name: "atlas-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${inject("apiBase")}/mcp`)));
});

afterAll(async () => {
  await client?.close();
});

describe("the MCP server at /mcp", () => {
  it("should list the five tools and the dataset pages", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["compute_indicator", "get_data", "get_dataset", "list_views", "search"]);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain("atlas://datasets/internet-users");
  });

  it("should answer get_data with the seed's CNNIC figures, their dataset@version and hash", async () => {
    const { json } = await call("get_data", {
      dataset: "internet-users@1.0.0",
      period: "2021-12",
      measure: "internet_users,penetration_pct",
    });
    expect(json).toMatchObject({ cite: "internet-users@1.0.0", dataset: "internet-users", version: "1.0.0", truncated: false });
    expect(json.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    const rows = json.rows as Array<{ measure: string; period: string; value: number }>;
    expect(rows.map((r) => [r.period, r.measure, r.value])).toEqual([
      ["2021-12", "internet_users", 1032],
      ["2021-12", "penetration_pct", 73],
    ]);
    // The hash is the version's, as the catalog publishes it.
    const { json: meta } = await call("get_dataset", { dataset: "internet-users@1.0.0" });
    expect((meta.versions as Array<{ hash: string }>)[0]?.hash).toBe(json.hash);
  });

  it("should cap get_data and say that it did", async () => {
    const { json } = await call("get_data", { dataset: "province-gdp@1.0.0", limit: 5 });
    expect(json).toMatchObject({ returned: 5, truncated: true });
    expect(json.total as number).toBeGreaterThan(5);
  });

  it("should turn an API problem into a tool error naming the parameter", async () => {
    const result = await call("get_data", { dataset: "internet-users@1.0.0", period: "2022..2015" });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/period/);
  });

  it("should find the CNNIC dataset by a Chinese, an English and a pinyin query", async () => {
    for (const query of ["互联网普及率", "internet penetration", "hulianwang"]) {
      const { json } = await call("search", { query });
      // The dataset itself or one of its measures (`internet-users:penetration_pct`), ranked as /v1/search ranks them.
      const datasets = (json.hits as Array<{ id: string }>).map((h) => h.id.split(":")[0]);
      expect(datasets.slice(0, 3), query).toContain("internet-users");
    }
  });

  it("should compute an indicator and a view, naming their inputs", async () => {
    const { json } = await call("compute_indicator", {
      indicator: "gini",
      parameters: {
        value: "province-gdp@1.0.0:gdp/province-population@1.0.0:population",
        weight: "province-population@1.0.0:population",
        period: "2024",
      },
    });
    expect(json.cite).toEqual(["province-gdp@1.0.0", "province-population@1.0.0"]);
    expect((json.results as Array<{ value: number }>)[0]?.value).toBeCloseTo(0.199, 3);
    const { json: views } = await call("list_views");
    const first = (views.views as Array<{ id: string }>)[0]?.id;
    const view = await call("compute_indicator", { view: first });
    expect(view.isError).toBe(false);
    expect((view.json.inputs as unknown[]).length).toBeGreaterThan(0);
  });

  it("should serve a dataset page as a Markdown resource with its versions and hashes", async () => {
    const { contents } = await client.readResource({ uri: "atlas://datasets/internet-users" });
    const text = (contents[0] as { text: string }).text;
    expect(text).toMatch(/^# Internet users and penetration in China/);
    expect(text).toMatch(/internet-users@1\.0\.0, published .*sha256-[0-9a-f]{64}/);
  });
});
