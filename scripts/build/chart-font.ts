/**
 * @module Build step: the font of on-demand PNG figures. The charts Worker rasterises figures with resvg, which sees
 * no system fonts; it embeds Noto Sans SC (from npm, OFL-1.1) subset to every character the figures can print —
 * the data (metadata, rows, names), the figure model's own words, the indicator definitions, and printable ASCII —
 * and the list of those characters, so that a text the font cannot draw is reported instead of drawn as nothing.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import subsetFont from "subset-font";
import { notoSansScPath } from "./charts";

/** Where the subset font and its character list are written (the charts Worker imports both). */
export const CHART_FONT = { font: ".charts/font.ttf", chars: ".charts/font-chars.txt" } as const;

/** Where figure texts come from: folder → file names to read. */
const SOURCES: [string, RegExp][] = [
  ["data", /\.(csv|json)$/],
  ["figure", /\.(ts|json)$/],
  ["worker/indicators", /\.ts$/],
];

function addChars(dir: string, pattern: RegExp, chars: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addChars(path, pattern, chars);
    else if (pattern.test(entry.name)) for (const ch of readFileSync(path, "utf8")) chars.add(ch);
  }
}

/** Every character a figure can print (sorted by code point, control characters left out). */
export function figureChars(root = "."): string[] {
  const chars = new Set<string>();
  for (const [dir, pattern] of SOURCES) addChars(join(root, dir), pattern, chars);
  for (let c = 32; c < 127; c++) chars.add(String.fromCharCode(c));
  // Typographic characters the formatters may print (thin and no-break spaces, dashes, minus, ellipsis, ×, ·, ‰).
  for (const ch of "\u00a0\u2009\u202f–—−…×·‰％，。、：；（）《》“”‘’") chars.add(ch);
  return [...chars]
    .filter((ch) => (ch.codePointAt(0) as number) >= 32)
    .sort((a, b) => (a.codePointAt(0) as number) - (b.codePointAt(0) as number));
}

/** Writes {@link CHART_FONT}; returns the font's size in bytes. */
export async function writeChartFont(root = "."): Promise<number> {
  const chars = figureChars(root);
  const font = await subsetFont(readFileSync(notoSansScPath()), chars.join(""), { targetFormat: "truetype" });
  mkdirSync(join(root, ".charts"), { recursive: true });
  writeFileSync(join(root, CHART_FONT.font), font);
  writeFileSync(join(root, CHART_FONT.chars), chars.join(""));
  return font.length;
}
