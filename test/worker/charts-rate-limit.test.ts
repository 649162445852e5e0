/**
 * A figure costs its reader one request against the rate limit: the API worker loads the figure's data through
 * its own app for the charts Worker (worker/routes/charts.ts), and that internal hop carries no client address,
 * so it is not counted a second time.
 */
import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";

const from = async (ip: string, path: string) => {
  const res = await app.fetch(
    new Request(`https://atlas.test${path}`, { headers: { "cf-connecting-ip": ip } }),
    env,
    createExecutionContext(),
  );
  await res.arrayBuffer();
  return res.status;
};
const minute = () => Math.floor(Date.now() / 60_000);

describe("rate limit and /v1/charts", () => {
  it("should count one /v1/charts request as one unit", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const ip = `203.0.113.${attempt + 10}`;
      const start = minute();
      const statuses: number[] = [];
      for (let i = 0; i < 598; i++) statuses.push(await from(ip, "/v1"));
      // The 599th and 600th units: a figure (with its internal data request), then one more plain request.
      const figure = await from(ip, "/v1/charts/chart.svg?dataset=province-gdp@1.0.0&region=CN-GD");
      const last = await from(ip, "/v1");
      const over = await from(ip, "/v1");
      if (minute() !== start) continue;
      expect(statuses.every((s) => s === 200)).toBe(true);
      expect(figure).toBe(200);
      expect(last).toBe(200);
      expect(over).toBe(429);
      return;
    }
    throw new Error("three runs crossed a minute boundary");
  }, 90_000);
});
