/**
 * Colour is never the only cue (#12 item 5), in the widget as in the SVG: each line series' legend entry carries
 * its dash and marker (the model's), bars and stacks a hatch; both come from the figure model, so the legend's
 * shapes equal the model's shapes.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { markerPath } from "../../figure/marks";
import type { Figure } from "../../figure/model";
import { cleanup, mount, once, shadowAll } from "./helpers/dom";

const api = inject("apiBase");
afterEach(cleanup);

describe("cues beside colour", () => {
  it("should draw each line's dash and marker in the legend, as the model says", async () => {
    const element = mount("pa-chart", { api, dataset: "world-internet-use@1.0.0", region: "WLD,HIC,CHN,USA", lang: "en" });
    await once(element, "pa-draw");
    const figure = (element as unknown as { figure: Figure }).figure;
    const items = shadowAll(element, ".legend li");
    expect(items).toHaveLength(figure.series.length);
    const cues = items.map(
      (li) => `${li.querySelector("line")?.getAttribute("stroke-dasharray") ?? ""}|${li.querySelector("path")?.getAttribute("d")}`,
    );
    expect(new Set(cues).size).toBe(items.length);
    figure.series.forEach((s, i) => {
      expect(items[i]?.querySelector("path")?.getAttribute("d")).toBe(markerPath(s.marker ?? "circle", 11, 7, 3.5));
      expect(items[i]?.querySelector("line")?.getAttribute("stroke-dasharray") ?? "").toBe(s.dash.join(" "));
    });
  });

  it("should draw the fifth series' cross marker without a style attribute (hosts with a strict style-src)", async () => {
    const element = mount("pa-chart", { api, dataset: "province-gdp@1.0.0", region: "CN-GD,CN-JS,CN-SD,CN-ZJ,CN-HA,CN-SC", lang: "zh" });
    await once(element, "pa-draw");
    const figure = (element as unknown as { figure: Figure }).figure;
    expect(figure.series[4]?.marker).toBe("cross");
    expect(shadowAll(element, ".legend [style]")).toHaveLength(0);
    expect(getComputedStyle(shadowAll(element, ".legend li path")[4] as Element).fill).toBe("none");
  });

  it("should hatch ranking groups and bar series beside their colours", async () => {
    // One at a time: a chart below the viewport is drawn only when it comes near it.
    const ranking = mount("pa-ranking", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "zh" });
    await once(ranking, "pa-draw");
    // Four groups: the first plain, three hatched; three bar series: two hatched.
    expect(shadowAll(ranking, ".legend pattern")).toHaveLength(3);
    ranking.remove();
    const bars = mount("pa-chart", { api, dataset: "province-gdp@1.0.0", region: "CN-GD,CN-JS,CN-SD", kind: "bar", lang: "zh" });
    await once(bars, "pa-draw");
    expect(shadowAll(bars, ".legend pattern")).toHaveLength(2);
  });
});
