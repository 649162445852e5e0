/**
 * Rate limiting through the Workers rate-limiting binding (Miniflare's simulation of `[[ratelimits]]`), and the
 * Deprecation/Sunset middleware on a small app.
 */
import { createExecutionContext, env } from "cloudflare:test";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { app } from "../../worker/app";
import { HttpProblem, problemResponse } from "../../worker/lib/problem";
import { deprecate } from "../../worker/middleware/deprecation";

// app.fetch with the real bindings (Miniflare's rate limiter): SELF.fetch slows down over hundreds of requests.
const from = (ip: string, path = "/v1") =>
  app.fetch(new Request(`https://atlas.test${path}`, { headers: { "cf-connecting-ip": ip } }), env, createExecutionContext());

/** The status of a request, with its body consumed. */
const statusFrom = async (ip: string) => {
  const response = await from(ip);
  await response.arrayBuffer();
  return response.status;
};

/** The binding counts in fixed windows aligned to the minute: a run that crosses a boundary is retried. */
const minute = () => Math.floor(Date.now() / 60_000);

describe("rate limit", () => {
  it("should allow 600 requests a minute per address, then answer 429 with Retry-After, for that address only", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const ip = `198.51.100.${attempt + 1}`;
      const start = minute();
      const statuses: number[] = [];
      for (let i = 0; i < 600; i++) statuses.push(await statusFrom(ip));
      const limited = await from(ip, "/v1/datasets");
      if (minute() !== start) continue;
      expect(statuses.filter((s) => s === 200)).toHaveLength(600);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(limited.headers.get("retry-after")).toBe("60");
      expect(limited.headers.get("ratelimit")).toBe('"default";r=0;t=60');
      expect(limited.headers.get("ratelimit-policy")).toBe('"default";q=600;w=60');
      expect(limited.headers.get("access-control-allow-origin")).toBe("*");
      expect(await limited.json()).toMatchObject({ type: "/docs/api#problem-rate-limited", status: 429 });
      expect(await statusFrom("198.51.100.200")).toBe(200);
      return;
    }
    throw new Error("three runs crossed a minute boundary");
  }, 60_000);

  it("should not count requests without a client address (they did not come through Cloudflare's edge)", async () => {
    const response = await app.fetch(new Request("https://atlas.test/v1"), env, createExecutionContext());
    expect(response.status).toBe(200);
    expect(response.headers.get("ratelimit-policy")).toBe('"default";q=600;w=60');
  });
});

describe("deprecate()", () => {
  const build = (now: string) => {
    const app = new Hono();
    app.use(
      "/old",
      deprecate(
        {
          deprecation: new Date("2027-01-01T00:00:00Z"),
          sunset: new Date("2028-01-01T00:00:00Z"),
          successor: "/new",
          notice: "/docs/api#stability",
        },
        () => new Date(now),
      ),
    );
    app.get("/old", (c) => c.json({ ok: true }));
    app.onError((error) => (error instanceof HttpProblem ? problemResponse(error, "en", "/old") : new Response("boom", { status: 500 })));
    return app;
  };

  it("should announce deprecation and sunset before the sunset", async () => {
    const response = await build("2027-06-01T00:00:00Z").request("/old");
    expect(response.status).toBe(200);
    expect(response.headers.get("deprecation")).toBe(`@${Date.UTC(2027, 0, 1) / 1000}`);
    expect(response.headers.get("sunset")).toBe("Sat, 01 Jan 2028 00:00:00 GMT");
    expect(response.headers.get("link")).toBe(
      '</new>; rel="successor-version", </docs/api#stability>; rel="deprecation"; type="text/html"',
    );
  });

  it("should answer 410 Gone after the sunset, naming the successor", async () => {
    const response = await build("2028-01-02T00:00:00Z").request("/old");
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({ type: "/docs/api#problem-gone", successor: "/new" });
  });
});
