/**
 * The static figures: the SVG draws the same figure model as the widgets (every text it prints is a text of the
 * model; title, summary, source with dataset@version), for every kind in zh and en; the PNG card shows CJK glyphs
 * (compared with the same SVG rasterised without the font: tofu or nothing) and is a 1200×630 PNG.
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigure } from "../../figure/build";
import { indicatorFigure } from "../../figure/build/indicator";
import type { Figure, FigureKind } from "../../figure/model";
import { renderSvg } from "../../figure/svg/render";
import { CARD, datasetFigure, notoSansScPath, rasterise } from "../../scripts/build/charts";
import { buildCatalog } from "../../scripts/build/data";
import type { LoadedDataset } from "../../scripts/lib/read-data";
import { growth, theil, total } from "./indicator-fixtures";
import { load, NAMES } from "./load";

let datasets: readonly LoadedDataset[];
beforeAll(() => {
  datasets = buildCatalog().datasets ?? [];
}, 120_000);
const dataset = (id: string) => datasets.find((d) => d.meta.id === id) as LoadedDataset;

/** The texts of an SVG document, unescaped, whitespace-trimmed. */
function texts(svg: string): string[] {
  const unescapeXml = (v: string) => v.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
  // Tooltips (`<title>` inside shapes) join a name and a value; the texts on the figure are <text>, <title id>, <desc id>.
  return [...svg.matchAll(/<(text(?: [^>]*)?|title id="t"|desc id="d")>([^<]*)<\/(text|title|desc)>/g)]
    .map((m) => unescapeXml(m[2] as string).trim())
    .filter(Boolean);
}

/** Every string the model holds (deeply), the texts a renderer may print. */
function modelTexts(figure: Figure): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(figure);
  return out;
}

const CASES: [string, FigureKind, { measure?: string[]; region?: string[] }][] = [
  ["national-gdp", "line", { measure: ["gdp"] }],
  ["province-gdp", "bar", { region: ["CN-GD", "CN-JS"] }],
  ["province-gdp", "ranking", {}],
  ["platform-market-shares", "share", {}],
  ["province-gdp", "tilemap", {}],
  ["national-gdp", "stat", { measure: ["gdp"] }],
  ["national-gdp", "table", { measure: ["gdp"] }],
];

describe.each(CASES)("SVG of %s as %s", (id, kind, choice) => {
  for (const lang of ["zh", "en"] as const) {
    it(`should print only the model's texts (${lang}), with title, summary and the source line`, () => {
      const figure = datasetFigure(dataset(id), lang, { ...choice, kind });
      const svg = renderSvg(figure);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-labelledby="t d"/);
      const printed = texts(svg);
      expect(printed[0]).toBe(figure.title);
      expect(printed[1]).toBe(figure.summary || figure.message || figure.title);
      expect(svg).toContain(`${figure.source.dataset}@${figure.source.version}`);
      const known = modelTexts(figure);
      const joined = [...known].join("\n");
      // Wrapped lines and clipped labels are pieces of model texts; the tile map's unit line and table overflow are the renderer's own words.
      for (const t of printed) {
        const piece = t.replace(/…$/, "").replace(/^(单位：|Unit: )/, "");
        if (/^(……共 \d+ 行|… \d+ rows in all)$/.test(t)) continue;
        expect(joined.includes(piece), `"${t}" is not a text of the figure`).toBe(true);
      }
    });
  }
});

describe.each([
  ["a decomposition", theil],
  ["lines per region", growth],
  ["one value", total],
])("SVG of an indicator: %s", (_, result) => {
  for (const lang of ["zh", "en"] as const) {
    it(`should print only the model's texts (${lang}), with title, summary, method and the inputs`, () => {
      const figure = indicatorFigure({ lang, result, names: NAMES });
      const svg = renderSvg(figure);
      const printed = texts(svg);
      expect(printed[0]).toBe(figure.title);
      expect(printed[1]).toBe(figure.summary);
      expect(svg).toContain(`${result.indicator}@${result.method.version}`);
      for (const i of result.inputs) expect(svg).toContain(`${i.dataset}@${i.version}`);
      const joined = [...modelTexts(figure)].join("\n");
      for (const t of printed) expect(joined.includes(t.replace(/…$/, "")), `"${t}" is not a text of the figure`).toBe(true);
      // Every legend entry is drawn with its cue beside the colour: a marker on lines, a hatch on stacks.
      if (figure.indicator?.draw === "line")
        expect(svg.match(/<path d="M[^"]*Z" fill="#/g)?.length ?? 0).toBeGreaterThan(figure.series.length);
      if (figure.indicator?.draw === "stack") expect(svg).toContain('fill="url(#pa-hatch-1)"');
      if (figure.indicator?.draw === "value") expect(printed).toContain(figure.stat?.text);
    });
  }
});

describe("colour is never the only cue (#12 item 5)", () => {
  it("should draw each line series with its own dash or marker, and bars, stacks and ranking groups with hatches", () => {
    const lines = datasetFigure(dataset("world-internet-use"), "en", { region: ["WLD", "HIC", "LMY", "CHN", "USA"] });
    const cues = lines.series.map((s) => `${s.dash.join(" ")}|${s.marker}`);
    expect(new Set(cues).size).toBe(lines.series.length);
    const svg = renderSvg(lines);
    for (const s of lines.series.filter((x) => x.dash.length)) expect(svg).toContain(`stroke-dasharray="${s.dash.join(" ")}"`);
    for (const kind of ["share", "ranking"] as const) {
      const id = kind === "share" ? "platform-market-shares" : "province-gdp";
      const out = renderSvg(datasetFigure(dataset(id), "zh", { kind }));
      expect(out, kind).toMatch(/<defs><pattern id="pa-hatch-1"/);
      expect(out, kind).toContain('fill="url(#pa-hatch-1)"');
    }
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("PNG card", () => {
  it("should be a 1200×630 PNG whose CJK text is drawn with the font (not tofu, not blank)", () => {
    const svg = renderSvg(datasetFigure(dataset("national-gdp"), "zh", { measure: ["gdp"] }), CARD);
    const withFont = rasterise(svg, [notoSansScPath()]);
    expect(pngSize(withFont)).toEqual({ width: 1200, height: 630 });
    const without = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const withPixels = new Resvg(svg, {
      font: { fontFiles: [notoSansScPath()], loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
    }).render();
    // The title's band (its CJK glyphs): pixels that differ between the two renders.
    const a = withPixels.pixels;
    const b = without.pixels;
    let differ = 0;
    for (let y = 15; y < 45; y++) for (let x = 20; x < 400; x++) if (a[(y * 1200 + x) * 4] !== b[(y * 1200 + x) * 4]) differ++;
    expect(differ).toBeGreaterThan(300);
    // Ink in the title band with the font: the glyphs are there.
    let dark = 0;
    for (let y = 15; y < 45; y++) for (let x = 20; x < 400; x++) if ((a[(y * 1200 + x) * 4] as number) < 128) dark++;
    expect(dark).toBeGreaterThan(300);
  });

  it("should be written by the build for every dataset page (when .assets is built)", () => {
    const html = readFileSync(".assets/datasets/national-gdp/index.html", "utf8");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] as string;
    expect(image).toMatch(/\.card\.png$/);
    // Linked as the static-asset server serves it (`@` as `%40`, no redirect); the file is named with `@`.
    expect(image).not.toContain("@");
    const size = pngSize(readFileSync(`.assets${decodeURIComponent(image)}`));
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThanOrEqual(630);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/oembed\?url=/);
  });
});

describe("<pa-share kind=area> as stacked areas (the charts Worker drew 100 % bars where the widget draws areas)", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`should draw one filled, hatched area per part stacked to 100 % over the periods, and no bar stacks (${lang})`, () => {
      const input = {
        ...load("national-gdp", "1.0.0"),
        lang,
        kind: "share" as const,
        measure: ["primary", "secondary", "tertiary"],
        total: "gdp",
      };
      const bars = buildFigure(input);
      const areas = buildFigure({ ...input, shareDraw: "area" });
      expect(bars.share?.draw).toBe("bar");
      expect(areas.share?.draw).toBe("area");
      // The same model otherwise: texts, stacks and legend.
      expect({ ...areas, share: { ...areas.share, draw: "bar" } }).toEqual(bars);
      const svg = renderSvg(areas, { width: 640, height: 420 });
      const fills = [...svg.matchAll(/<path d="(M[^"]+Z)" fill="(#[0-9a-f]{6})" fill-opacity="0.33">/gi)];
      expect(fills.map((m) => m[2])).toEqual(areas.legend.map((l) => l.color.light));
      const stacks = areas.share?.stacks.length ?? 0;
      expect(stacks).toBeGreaterThan(5);
      // Each area: its upper edge over every period and its floor back (2 × periods points).
      for (const m of fills) expect((m[1] as string).split(/[ML]/).filter(Boolean)).toHaveLength(2 * stacks);
      // The last part's upper edge is the 100 % line: every point at the top grid line's height.
      const top = Number(/<line [^>]*y1="([\d.]+)"[^>]*stroke="[^"]+"\/><text [^>]*>100%?<\/text>/.exec(svg)?.[1]);
      const lastEdge = (fills.at(-1)?.[1] ?? "").split(" L").slice(0, stacks);
      for (const p of lastEdge) expect(Math.abs(Number(p.split(",")[1]) - top)).toBeLessThan(0.6);
      expect(svg).toContain('fill="url(#pa-hatch-1)"');
      expect(svg).toMatch(/<defs><pattern id="pa-hatch-1"/);
      // No horizontal 100 % bars: their tooltips name a part and its value.
      expect(svg).not.toMatch(/<rect [^>]*><title>/);
      expect(renderSvg(bars)).toMatch(/<rect [^>]*><title>/);
    });
  }
});
