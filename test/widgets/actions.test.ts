/**
 * The reader's actions, end to end in Chromium: the CSV and PNG files the buttons download (caught on the
 * Playwright side) and the citation, which names the dataset, its exact version, its publisher and URL.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { commands } from "vitest/browser";
import { csvText } from "../../widgets/element/actions";
import { cleanup, mount, once, shadow, shadowAll, THEIL, text, until } from "./helpers/dom";

const api = inject("apiBase");

afterEach(cleanup);

const button = (element: Element, label: RegExp) =>
  shadowAll<HTMLButtonElement>(element, "footer button").find((b) => label.test(b.textContent ?? ""));

async function download(element: Element, label: RegExp) {
  await commands.armDownload();
  button(element, label)?.click();
  const file = await commands.takeDownload();
  return { name: file.name, bytes: Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) };
}

describe("download CSV", () => {
  it("should save the shown numbers, raw, with a BOM and the headers in the widget's language", async () => {
    const element = mount("pa-chart", {
      api,
      dataset: "internet-users@1.0.0",
      measure: "penetration_pct",
      period: "2021-06..2021-12",
      lang: "zh",
    });
    await once(element, "pa-load");
    const file = await download(element, /CSV/);
    expect(file.name).toBe("internet-users-1.0.0.csv");
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.bytes);
    expect(csv).toBe("\uFEFF时期,互联网普及率（%）\r\n2021-06,71.6\r\n2021-12,73\r\n");
  });

  it("should neutralise text that a spreadsheet would run as a formula, and quote what needs it", () => {
    const csv = csvText({
      caption: "t",
      columns: [{ label: "name" }, { label: "value, %", numeric: true }],
      rows: [
        {
          cells: [
            { text: "", value: "=HYPERLINK(1)" },
            { text: "", value: -3.5 },
          ],
        },
        {
          cells: [
            { text: "", value: 'say "hi"' },
            { text: "", value: null },
          ],
        },
      ],
    });
    expect(csv).toBe('\uFEFFname,"value, %"\r\n\'=HYPERLINK(1),-3.5\r\n"say ""hi""",\r\n');
  });
});

describe("download PNG", () => {
  it("should save the chart as a PNG with its title and source", async () => {
    const element = mount("pa-ranking", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en" });
    await once(element, "pa-draw");
    const file = await download(element, /PNG/);
    expect(file.name).toBe("province-gdp-1.0.0.png");
    expect([...file.bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    const image = await createImageBitmap(new Blob([file.bytes], { type: "image/png" }));
    const canvas = shadow<HTMLCanvasElement>(element, "canvas") as HTMLCanvasElement;
    expect(image.width).toBeGreaterThan(canvas.getBoundingClientRect().width * 2);
  });

  it("should save the tile map as a PNG", async () => {
    const element = mount("pa-tilemap", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en" });
    await once(element, "pa-load");
    const file = await download(element, /PNG/);
    expect(file.name).toBe("province-gdp-1.0.0.png");
    expect(file.bytes.length).toBeGreaterThan(2000);
  });
});

describe("cite", () => {
  const today = new Date().toISOString().slice(0, 10);

  it("should give GB/T 7714 and APA citations with the publisher, exact version and URL", async () => {
    const element = mount("pa-table", { api, dataset: "province-gdp@^1", period: "2024", lang: "zh" });
    await once(element, "pa-load");
    button(element, /引用/)?.click();
    const cite = await until(() => shadow(element, ".cite"), 5000, "citation");
    const [gbt, apa] = shadowAll(element, ".cite p").map(text);
    expect(gbt).toBe(
      `GB/T 7714 国家统计局. 分省地区生产总值: 版本 1.0.0[DS/OL]. 共富图谱, 2026[${today}]. ${api}/v1/datasets/province-gdp@1.0.0.`,
    );
    expect(apa).toBe(
      `APA 国家统计局. (2026). 分省地区生产总值 (Version 1.0.0) [Data set]. Prosperity Atlas. ${api}/v1/datasets/province-gdp@1.0.0`,
    );
    expect(cite.getAttribute("role")).toBe("region");
    expect(button(element, /引用/)?.getAttribute("aria-expanded")).toBe("true");
  });

  it("should cite an indicator by its method version and exact inputs", async () => {
    const element = mount("pa-indicator", { api, ...THEIL, lang: "en" });
    await once(element, "pa-load");
    button(element, /Cite/)?.click();
    await until(() => shadow(element, ".cite"), 5000, "citation");
    expect(text(shadowAll(element, ".cite p")[1])).toBe(
      `APA Prosperity Atlas. (${today.slice(0, 4)}). Theil T index (GE(1)) (Method version 1.0.0 (province-gdp@1.0.0, province-population@1.0.0, regions@1.0.0)) [Data set]. Prosperity Atlas. ${api}/v1/indicators/theil-t?${THEIL.params}`,
    );
  });
});
