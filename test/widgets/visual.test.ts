/**
 * Visual tests (issue #11 acceptance): the figures as readers see them, in real Chromium, against reviewed
 * baselines under test/visual-baselines/ (threshold in vitest.config.ts: > 1 % of pixels off by > 0.2 fails).
 * Text is set in Noto Sans SC (an npm font, loaded here) so that zh renders the same on every machine; motion is
 * reduced so charts are drawn at once. Each PNG export is shown as an image and compared too.
 */
import "@fontsource/noto-sans-sc/chinese-simplified-400.css";
import "@fontsource/noto-sans-sc/chinese-simplified-600.css";
import "@fontsource/noto-sans-sc/chinese-simplified-700.css";
import "@fontsource/noto-sans-sc/latin-400.css";
import "@fontsource/noto-sans-sc/latin-600.css";
import "@fontsource/noto-sans-sc/latin-700.css";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { commands, page } from "vitest/browser";
import { cleanup, mount, once, shadowAll } from "./helpers/dom";

const api = inject("apiBase");
const FONT = '"Noto Sans SC", sans-serif';

beforeAll(async () => {
  await commands.emulateMedia({ reducedMotion: "reduce" });
  await Promise.all(["400", "600", "700"].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, "中文 Ab1")));
});
afterAll(() => commands.emulateMedia({ reducedMotion: null }));
afterEach(cleanup);

/** Mounts an element in the test font and waits until it is drawn. */
async function drawn(
  tag: "pa-chart" | "pa-stat" | "pa-share" | "pa-tilemap" | "pa-ranking",
  attributes: Record<string, string>,
  event: "pa-draw" | "pa-load",
) {
  const element = mount(tag, { api, ...attributes }, { width: 640 });
  element.style.setProperty("--pa-font", FONT);
  await once(element, event);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await document.fonts.ready;
  return element;
}

/** The PNG the element's download button saves, shown as an image in the page. */
async function exported(element: Element): Promise<HTMLImageElement> {
  await commands.armDownload();
  shadowAll<HTMLButtonElement>(element, "footer button")
    .find((b) => /PNG/.test(b.textContent ?? ""))
    ?.click();
  const file = await commands.takeDownload();
  const img = document.createElement("img");
  img.src = `data:image/png;base64,${file.base64}`;
  await img.decode();
  // Shown at its CSS size (the file is 2×), or smaller when that would not fit the test viewport.
  img.style.width = `${img.naturalWidth / (img.naturalHeight > 1700 ? 3 : 2)}px`;
  document.body.append(img);
  return img;
}

const cases = [
  {
    name: "gini-chart-zh-light",
    tag: "pa-chart",
    attrs: { dataset: "national-gini@1.1.0", lang: "zh", theme: "light" },
    event: "pa-draw",
    png: true,
  },
  { name: "gini-chart-en-dark", tag: "pa-chart", attrs: { dataset: "national-gini@1.1.0", lang: "en", theme: "dark" }, event: "pa-draw" },
  {
    name: "gdp-stat-zh-light",
    tag: "pa-stat",
    attrs: { dataset: "national-gdp@1.0.0", measure: "gdp", lang: "zh", theme: "light" },
    event: "pa-load",
    png: true,
  },
  {
    name: "gdp-stat-en-dark",
    tag: "pa-stat",
    attrs: { dataset: "national-gdp@1.0.0", measure: "gdp", lang: "en", theme: "dark" },
    event: "pa-load",
  },
  {
    name: "world-aggregates-en-light",
    tag: "pa-chart",
    attrs: { dataset: "world-internet-use@1.0.0", region: "WLD,HIC,LMY,CHN,USA", lang: "en", theme: "light" },
    event: "pa-draw",
  },
  {
    name: "world-aggregates-zh-dark",
    tag: "pa-chart",
    attrs: { dataset: "world-internet-use@1.0.0", region: "WLD,HIC,LMY,CHN,USA", lang: "zh", theme: "dark" },
    event: "pa-draw",
  },
  {
    name: "platform-shares-zh-light",
    tag: "pa-share",
    attrs: { dataset: "platform-market-shares@1.0.0", measure: "mobile_payment_share_pct", lang: "zh", theme: "light" },
    event: "pa-draw",
    png: true,
  },
  {
    name: "one-period-en-light",
    tag: "pa-chart",
    attrs: { dataset: "province-health-resources@1.0.0", measure: "doctors", period: "1999", lang: "en", theme: "light" },
    event: "pa-draw",
    png: true,
  },
  {
    name: "tilemap-en-light",
    tag: "pa-tilemap",
    attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", lang: "en", theme: "light" },
    event: "pa-load",
    png: true,
  },
  {
    name: "tilemap-en-dark",
    tag: "pa-tilemap",
    attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", lang: "en", theme: "dark" },
    event: "pa-load",
  },
  {
    name: "tilemap-zh-light",
    tag: "pa-tilemap",
    attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", lang: "zh", theme: "light" },
    event: "pa-load",
  },
  {
    name: "ranking-zh-light",
    tag: "pa-ranking",
    attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "zh", theme: "light" },
    event: "pa-draw",
    png: true,
  },
] as const;

describe("figures as readers see them", () => {
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const element = await drawn(c.tag, c.attrs, c.event);
      await expect.element(page.elementLocator(element)).toMatchScreenshot(c.name);
      if ("png" in c && c.png) {
        const img = await exported(element);
        element.remove();
        await expect.element(page.elementLocator(img)).toMatchScreenshot(`${c.name}-png`);
      }
    });
  }
});
