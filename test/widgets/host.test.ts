/**
 * How the elements fit a host page: language from the nearest `lang`, light/dark from `theme`, the host's
 * `data-theme`/`color-scheme`, then the reader's preference (emulated through Playwright); print and reduced
 * motion; the theming API (`--pa-*`, `::part`); and immunity to hostile host CSS.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { commands } from "vitest/browser";
import { cleanup, mount, once, paintedPixels, shadow, text, until } from "./helpers/dom";

const api = inject("apiBase");
const STAT = { api, dataset: "internet-users@1.0.0", measure: "penetration_pct" };
const DARK_BG = "rgb(13, 17, 23)";
const LIGHT_BG = "rgb(255, 255, 255)";

afterEach(async () => {
  cleanup();
  for (const style of document.head.querySelectorAll("style[data-test]")) style.remove();
  document.documentElement.removeAttribute("data-theme");
  document.documentElement.lang = "en";
  await commands.emulateMedia({ colorScheme: null, reducedMotion: null, media: null });
});

const frame = (element: Element) => shadow(element, ".frame") as HTMLElement;
const bg = (element: Element) => getComputedStyle(frame(element)).backgroundColor;

function wrapper(attributes: Record<string, string>): HTMLDivElement {
  const div = document.createElement("div");
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  document.body.append(div);
  return div;
}

function addStyle(css: string): void {
  const style = document.createElement("style");
  style.dataset.test = "";
  style.textContent = css;
  document.head.append(style);
}

describe("language", () => {
  it("should take the nearest lang of the host page when it has none of its own", async () => {
    const element = mount("pa-stat", STAT, { parent: wrapper({ lang: "zh-CN" }) });
    await once(element, "pa-load");
    expect(text(shadow(element, "figcaption"))).toBe("互联网普及率");
    expect(frame(element).getAttribute("lang")).toBe("zh-Hans");
  });

  it("should prefer its own lang, and fall back to English with no lang anywhere", async () => {
    document.documentElement.removeAttribute("lang");
    const own = mount("pa-stat", { ...STAT, lang: "zh" }, { parent: wrapper({ lang: "en" }) });
    const none = mount("pa-stat", STAT);
    await Promise.all([once(own, "pa-load"), once(none, "pa-load")]);
    expect(text(shadow(own, "figcaption"))).toBe("互联网普及率");
    expect(text(shadow(none, "figcaption"))).toBe("Internet penetration");
  });
});

describe("theme", () => {
  it("should follow the reader's prefers-color-scheme when nothing else says", async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    const element = mount("pa-stat", STAT);
    await once(element, "pa-load");
    await until(() => bg(element) === DARK_BG, 3000, "dark");
    await commands.emulateMedia({ colorScheme: "light" });
    await until(() => bg(element) === LIGHT_BG, 3000, "light again");
  });

  it("should follow the host's data-theme and color-scheme over the reader's preference", async () => {
    await commands.emulateMedia({ colorScheme: "light" });
    const themed = mount("pa-stat", STAT, { parent: wrapper({ "data-theme": "dark" }) });
    const schemed = mount("pa-stat", STAT, { parent: wrapper({ style: "color-scheme: dark" }) });
    await Promise.all([once(themed, "pa-load"), once(schemed, "pa-load")]);
    expect(bg(themed)).toBe(DARK_BG);
    expect(bg(schemed)).toBe(DARK_BG);
  });

  it("should re-render when the host switches its theme, unless forced by theme=", async () => {
    const follows = mount("pa-stat", STAT);
    const forced = mount("pa-stat", { ...STAT, theme: "light" });
    await Promise.all([once(follows, "pa-load"), once(forced, "pa-load")]);
    expect(bg(follows)).toBe(LIGHT_BG);
    document.documentElement.dataset.theme = "dark";
    await until(() => bg(follows) === DARK_BG, 3000, "host switch");
    expect(bg(forced)).toBe(LIGHT_BG);
  });

  it("should print light, at the paper's width, without its buttons", async () => {
    const element = mount("pa-chart", { ...STAT, theme: "dark" });
    await once(element, "pa-draw");
    expect(bg(element)).toBe(DARK_BG);
    await commands.emulateMedia({ media: "print" });
    await until(() => bg(element) === LIGHT_BG, 3000, "print scheme");
    expect(getComputedStyle(shadow(element, ".actions") as Element).display).toBe("none");
  });

  it("should print every figure with its source, also one the reader never scrolled to", async () => {
    const spacer = document.createElement("div");
    spacer.style.height = "5000px";
    document.body.append(spacer);
    const element = mount("pa-chart", { ...STAT, lang: "en" });
    await once(element, "pa-load");
    expect(shadow(element, "canvas")?.getAttribute("width") ?? null).toBeNull();
    const drawn = once(element, "pa-draw");
    await commands.emulateMedia({ media: "print" });
    await drawn;
    expect(paintedPixels(shadow(element, "canvas"))).toBeGreaterThan(1000);
    const source = shadow(element, "footer .source") as HTMLElement;
    expect(getComputedStyle(source).display).not.toBe("none");
    expect(text(source)).toContain("internet-users@1.0.0");
    spacer.remove();
  });

  it("should not animate the chart when the reader asks for reduced motion", async () => {
    const snapshot = async (element: HTMLElement) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return (shadow(element, "canvas") as HTMLCanvasElement).toDataURL();
    };
    const frames = async () => {
      const element = mount("pa-chart", STAT);
      const drawn = once(element, "pa-draw");
      await once(element, "pa-load");
      await until(() => shadow(element, "canvas")?.getAttribute("width"), 3000, "chart");
      const early = await snapshot(element);
      await drawn;
      await new Promise((r) => setTimeout(r, 50));
      const final = (shadow(element, "canvas") as HTMLCanvasElement).toDataURL();
      element.remove();
      return early === final;
    };
    await commands.emulateMedia({ reducedMotion: "reduce" });
    expect(await frames()).toBe(true);
    await commands.emulateMedia({ reducedMotion: "no-preference" });
    expect(await frames()).toBe(false);
  });
});

describe("theming API and hostile CSS", () => {
  it("should take --pa-* properties and ::part rules from the host", async () => {
    addStyle(".brand { --pa-bg: rgb(1, 2, 3); --pa-fg: rgb(250, 250, 250); } pa-stat::part(value) { color: rgb(200, 0, 0); }");
    const element = mount("pa-stat", { ...STAT, class: "brand" });
    await once(element, "pa-load");
    expect(bg(element)).toBe("rgb(1, 2, 3)");
    expect(getComputedStyle(shadow(element, "figcaption") as Element).color).toBe("rgb(250, 250, 250)");
    expect(getComputedStyle(shadow(element, ".value") as Element).color).toBe("rgb(200, 0, 0)");
  });

  it("should look the same under hostile host CSS", async () => {
    addStyle(`
      * { color: red !important; font-family: serif !important; font-size: 40px !important; line-height: 0 !important;
          letter-spacing: 12px !important; text-transform: uppercase !important; text-align: right !important; }
      table, tr, td, th, canvas, svg, button, div, details, figure, figcaption, p, span { display: none !important; }
      pa-chart { white-space: nowrap; direction: rtl; }
    `);
    const element = mount("pa-chart", { ...STAT, lang: "en" });
    await once(element, "pa-draw");
    const caption = getComputedStyle(shadow(element, "figcaption") as Element);
    expect([caption.color, caption.fontSize, caption.letterSpacing, caption.textTransform, caption.display]).toEqual([
      "rgb(31, 35, 40)",
      "15.75px",
      "normal",
      "none",
      "block",
    ]);
    expect(getComputedStyle(frame(element)).direction).toBe("ltr");
    expect(getComputedStyle(shadow(element, "canvas") as Element).display).toBe("block");
    const details = shadow<HTMLDetailsElement>(element, "details") as HTMLDetailsElement;
    details.open = true;
    expect(getComputedStyle(shadow(element, "table") as Element).display).toBe("table");
  });
});
