/**
 * `/oembed` over arbitrary input (fast-check): whatever `url`, `format`, `maxwidth` and `maxheight` say, the answer
 * is 200, 404 or 501 — never a 5xx — and a 200 is a `rich` embed within maxwidth and maxheight whose fallback image
 * has the embed's size.
 */
import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ORIGIN = "https://atlas.test";
const PAGES = [
  "/datasets/province-gdp/",
  "/en/datasets/internet-users/",
  "/indicators/theil-t/",
  "/en/indicators/views/digital-economy-growth/",
  "/v1/charts/chart.svg?dataset=province-gdp@1.0.0&region=CN-GD",
  "/v1/charts/tilemap.png?dataset=province-gdp@^1&lang=en",
];

const url = fc.oneof(
  fc.constantFrom(...PAGES).map((p) => `${ORIGIN}${p}`),
  fc.constantFrom(...PAGES),
  fc.webUrl(),
  fc.string({ maxLength: 60 }),
  fc.constantFrom(...PAGES).chain((p) => fc.string({ maxLength: 8 }).map((s) => `${ORIGIN}${p}${s}`)),
);
const size = fc.oneof(fc.integer({ min: 0, max: 3000 }).map(String), fc.string({ maxLength: 6 }), fc.constant(undefined));
const format = fc.oneof(fc.constantFrom("json", "xml", undefined), fc.string({ maxLength: 6 }));

describe("GET /oembed (properties)", () => {
  it("should answer 200 within the bounds, 404 or 501 for any input", async () => {
    await fc.assert(
      fc.asyncProperty(url, format, size, size, async (u, f, maxwidth, maxheight) => {
        const q = new URLSearchParams({ url: u });
        if (f !== undefined) q.set("format", f);
        if (maxwidth !== undefined) q.set("maxwidth", maxwidth);
        if (maxheight !== undefined) q.set("maxheight", maxheight);
        const res = await SELF.fetch(`${ORIGIN}/oembed?${q}`);
        expect([200, 400, 404, 501], `${q}`).toContain(res.status);
        if (res.status !== 200) {
          expect(res.headers.get("content-type")).toMatch(/problem\+json/);
          await res.arrayBuffer();
          return;
        }
        const text = await res.text();
        const body: Record<string, unknown> =
          (f ?? "json") === "json"
            ? JSON.parse(text)
            : Object.fromEntries(
                [...text.matchAll(/<([a-z_]+)>([^<]*)<\/\1>/g)].map((m) => [m[1], /^\d+$/.test(m[2] as string) ? Number(m[2]) : m[2]]),
              );
        expect(body).toMatchObject({ version: "1.0", type: "rich" });
        const width = body.width as number;
        const height = body.height as number;
        if (maxwidth && /^\d{1,5}$/.test(maxwidth) && Number(maxwidth) > 0) expect(width).toBeLessThanOrEqual(Number(maxwidth));
        if (maxheight && /^\d{1,5}$/.test(maxheight) && Number(maxheight) > 0) expect(height).toBeLessThanOrEqual(Number(maxheight));
        expect(String(body.html)).toContain(`width=${(f ?? "json") === "json" ? '"' : "&#34;"}${width}`);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
