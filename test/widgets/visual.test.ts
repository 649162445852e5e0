/**
 * Visual tests (issue #11 acceptance): the figures as readers see them, in real Chromium, against reviewed
 * baselines under test/visual-baselines/ (threshold in vitest.config.ts: > 1 % of pixels off by > 0.2 fails).
 * Text is set in Noto Sans SC (an npm font, loaded here) so that zh renders the same on every machine; motion is
 * reduced so charts are drawn at once. The matrix is generated from the element list (helpers/kinds.ts): every
 * element kind × zh/en × light/dark, and each kind's PNG export, shown as an image and compared too.
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
import { KINDS, type Tag } from "./helpers/kinds";

const api = inject("apiBase");
const FONT = '"Noto Sans SC", sans-serif';

beforeAll(async () => {
  // Tall enough for the tallest figure (a 31-bar ranking with its footer): nothing is cut off the screenshot.
  await page.viewport(1000, 1800);
  await commands.emulateMedia({ reducedMotion: "reduce" });
  await Promise.all(["400", "600", "700"].map((w) => document.fonts.load(`${w} 16px "Noto Sans SC"`, "中文 Ab1")));
});
afterAll(() => commands.emulateMedia({ reducedMotion: null }));
afterEach(cleanup);

/** Mounts an element in the test font and waits until it is drawn. */
async function drawn(tag: Tag, attributes: Record<string, string>, event: "pa-draw" | "pa-load") {
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

/** A screenshot case: an element with its attributes, and whether its PNG export is compared too. */
interface Case {
  name: string;
  tag: Tag;
  attrs: Record<string, string>;
  event: "pa-draw" | "pa-load";
  png?: boolean;
}

// The matrix: every element kind × zh/en × light/dark, generated from the element list, and the PNG export of
// each kind (zh, light); then #11's named cases that are not a kind's representative.
const cases: Case[] = [
  ...KINDS.flatMap((kind) =>
    (["zh", "en"] as const).flatMap((lang) =>
      (["light", "dark"] as const).map((theme) => ({
        name: `${kind.name}-${lang}-${theme}`,
        tag: kind.tag,
        attrs: { ...kind.attrs, lang, theme },
        event: kind.event,
        png: lang === "zh" && theme === "light",
      })),
    ),
  ),
  ...(["en-light", "zh-dark"] as const).map((variant) => {
    const [lang, theme] = variant.split("-") as [string, string];
    return {
      name: `world-aggregates-${variant}`,
      tag: "pa-chart" as const,
      attrs: { dataset: "world-internet-use@1.0.0", region: "WLD,HIC,LMY,CHN,USA", lang, theme },
      event: "pa-draw" as const,
    };
  }),
  {
    name: "one-period-en-light",
    tag: "pa-chart",
    attrs: { dataset: "province-health-resources@1.0.0", measure: "doctors", period: "1999", lang: "en", theme: "light" },
    event: "pa-draw",
    png: true,
  },
  {
    name: "share-by-group-en-light",
    tag: "pa-share",
    attrs: { dataset: "province-gdp@1.0.0", measure: "gdp", by: "group", period: "2015..2024", lang: "en", theme: "light" },
    event: "pa-draw",
  },
  // Stacked areas with each part's hatch, as the server's SVG draws `share.svg?kind=area` (#12).
  {
    name: "share-area-en-light",
    tag: "pa-share",
    attrs: { dataset: "national-gdp@1.0.0", measure: "primary,secondary,tertiary", total: "gdp", kind: "area", lang: "en", theme: "light" },
    event: "pa-draw",
  },
];

describe("figures as readers see them", () => {
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const element = await drawn(c.tag, c.attrs, c.event);
      await expect.element(page.elementLocator(element)).toMatchScreenshot(c.name);
      if (c.png) {
        const img = await exported(element);
        element.remove();
        await expect.element(page.elementLocator(img)).toMatchScreenshot(`${c.name}-png`);
      }
    });
  }
});
