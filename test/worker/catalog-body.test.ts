/**
 * The catalog response is joined from its build-time template and encoded once per origin: every response on the
 * same origin carries the whole body (the shared bytes are not consumed by the first), and each origin its own links.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";

async function catalogFrom(origin: string): Promise<{ count: number; datasets: { links: { self: string } }[] }> {
  const ctx = createExecutionContext();
  const response = await app.fetch(new Request(`${origin}/v1/datasets`), env, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return response.json();
}

describe("GET /v1/datasets from the serialized template", () => {
  it("should answer the whole catalog again and again on one origin, with that origin's links", async () => {
    const first = await catalogFrom("https://one.example");
    const second = await catalogFrom("https://one.example");
    const other = await catalogFrom("https://two.example:8443");
    expect(first.count).toBeGreaterThan(10);
    expect(second).toEqual(first);
    expect(first.datasets.every((d) => d.links.self.startsWith("https://one.example/v1/datasets/"))).toBe(true);
    expect(other.datasets.every((d) => d.links.self.startsWith("https://two.example:8443/v1/datasets/"))).toBe(true);
    expect(other.count).toBe(first.count);
  });
});
