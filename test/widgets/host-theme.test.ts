/**
 * Dark host pages get dark widgets without a `theme` attribute: `<meta name="color-scheme">` (one-sided, or
 * `light dark` with the reader's preference), `class="dark"` and `data-theme="dark"` on `<html>` or `<body>`; and
 * a theme switch on the page re-themes the widgets without a reload. `theme=` still wins.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { commands } from "vitest/browser";
import { cleanup, mount, once, shadow, until } from "./helpers/dom";

const api = inject("apiBase");
const STAT = { api, dataset: "internet-users@1.0.0", measure: "penetration_pct" };
const DARK_BG = "rgb(13, 17, 23)";
const LIGHT_BG = "rgb(255, 255, 255)";

const bg = (element: Element) => getComputedStyle(shadow(element, ".frame") as HTMLElement).backgroundColor;

function meta(content: string): HTMLMetaElement {
  const tag = document.createElement("meta");
  tag.name = "color-scheme";
  tag.content = content;
  tag.dataset.test = "";
  document.head.append(tag);
  return tag;
}

afterEach(async () => {
  cleanup();
  for (const tag of document.head.querySelectorAll("meta[data-test]")) tag.remove();
  for (const node of [document.documentElement, document.body]) {
    node.classList.remove("dark", "light");
    node.removeAttribute("data-theme");
  }
  await commands.emulateMedia({ colorScheme: null });
});

async function stat(attributes: Record<string, string> = {}) {
  const element = mount("pa-stat", { ...STAT, ...attributes });
  await once(element, "pa-load");
  return element;
}

describe("host page theme", () => {
  it('should be dark under <meta name="color-scheme" content="dark">, and light again when the page removes it', async () => {
    await commands.emulateMedia({ colorScheme: "light" });
    const tag = meta("dark");
    const element = await stat();
    expect(bg(element)).toBe(DARK_BG);
    tag.remove();
    await until(() => bg(element) === LIGHT_BG, 3000, "light after the meta is removed");
  });

  it('should follow the reader under content="light dark", and the page when it rewrites the meta', async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    const tag = meta("light dark");
    const element = await stat();
    expect(bg(element)).toBe(DARK_BG);
    tag.content = "only light";
    await until(() => bg(element) === LIGHT_BG, 3000, "light after the meta says light");
  });

  for (const where of ["documentElement", "body"] as const) {
    it(`should be dark with class="dark" on ${where}, and follow a toggle without a reload`, async () => {
      await commands.emulateMedia({ colorScheme: "light" });
      document[where].classList.add("dark");
      const element = await stat();
      expect(bg(element)).toBe(DARK_BG);
      document[where].classList.remove("dark");
      await until(() => bg(element) === LIGHT_BG, 3000, "light after the class is removed");
      document[where].classList.add("dark");
      await until(() => bg(element) === DARK_BG, 3000, "dark after the class is added");
    });

    it(`should be dark with data-theme="dark" on ${where}`, async () => {
      await commands.emulateMedia({ colorScheme: "light" });
      document[where].dataset.theme = "dark";
      const element = await stat();
      expect(bg(element)).toBe(DARK_BG);
    });
  }

  it("should keep its own theme= over every host signal", async () => {
    meta("dark");
    document.documentElement.classList.add("dark");
    const element = await stat({ theme: "light" });
    expect(bg(element)).toBe(LIGHT_BG);
  });
});
