/**
 * A typo in an attribute, a value the API refuses, or a filter that matches nothing gets a visible message that
 * names the allowed values, in the widget's language — not silence, not "No data for this selection".
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { ELEMENT_FIGURES, kindsOf } from "../../figure/element-figures";
import { cleanup, mount, once, shadow, THEIL, text } from "./helpers/dom";

const api = inject("apiBase");

afterEach(cleanup);

async function errorOf(tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>): Promise<string> {
  const element = mount(tag, { api, ...attributes });
  await once(element, "pa-error");
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return text(shadow(element, '[role="alert"]'));
}

const STAT = { dataset: "internet-users@1.0.0", measure: "penetration_pct" };
const GDP = { dataset: "province-gdp@1.0.0", measure: "gdp" };

describe("attribute typos", () => {
  it('should name the languages for lang="cn", in both (the reader meant one of them)', async () => {
    const message = await errorOf("pa-stat", { ...STAT, lang: "cn" });
    expect(message).toContain('lang="cn"');
    expect(message).toContain("可用值：zh、en");
    expect(message).toContain("Allowed: zh, en");
  });

  it('should name the themes for theme="drak", in the widget\'s language', async () => {
    expect(await errorOf("pa-stat", { ...STAT, theme: "drak", lang: "zh" })).toContain('theme="drak" 无效。可用值：light、dark');
    expect(await errorOf("pa-stat", { ...STAT, theme: "drak", lang: "en" })).toContain('theme="drak" is not valid. Allowed: light, dark');
    expect(await errorOf("pa-indicator", { ...THEIL, theme: "drak", lang: "en" })).toContain("Allowed: light, dark");
  });

  it('should name the kinds for kind="pie"', async () => {
    expect(await errorOf("pa-chart", { ...STAT, kind: "pie", lang: "en" })).toContain('kind="pie" is not valid. Allowed: line, area, bar');
    expect(await errorOf("pa-share", { ...GDP, kind: "pie", lang: "zh", period: "2024" })).toContain("可用值：bar、area");
  });

  it("should name each element's kinds as the element figures table gives them (the charts Worker's too)", async () => {
    for (const tag of Object.keys(ELEMENT_FIGURES)) {
      const kinds = kindsOf(tag);
      if (!kinds) continue;
      const message = await errorOf(tag as keyof HTMLElementTagNameMap, { ...GDP, kind: "pie", lang: "en" });
      expect(message).toContain(`kind="pie" is not valid. Allowed: ${kinds.join(", ")}.`);
      cleanup();
    }
  });

  it("should name the measures the API allows for a wrong measure, in the widget's language", async () => {
    const message = await errorOf("pa-chart", { dataset: "internet-users@1.0.0", measure: "penetration", lang: "zh" });
    expect(message).toContain('measure="penetration" 无效。可用值：');
    expect(message).toContain("penetration_pct");
  });
});

describe("filters that match nothing", () => {
  it('should name the regions of the dataset for region="CN-XX"', async () => {
    const zh = await errorOf("pa-ranking", { ...GDP, region: "CN-XX", period: "2024", lang: "zh" });
    expect(zh).toContain('region="CN-XX" 无效。可用值：');
    expect(zh).toContain("CN-BJ");
    expect(zh).not.toContain("所选范围内没有数据");
    const en = await errorOf("pa-table", { ...GDP, region: "CN-XX", lang: "en" });
    expect(en).toMatch(/region="CN-XX" is not valid\. Allowed: .*CN-BJ.*\(\d+ in all\)/);
  });

  it('should name the periods of the dataset for period="2030"', async () => {
    const zh = await errorOf("pa-tilemap", { ...GDP, period: "2030", lang: "zh" });
    expect(zh).toMatch(/period="2030" 无效。可用值：\d{4}\.\.\d{4}。/);
    const en = await errorOf("pa-stat", { ...STAT, period: "2030", lang: "en" });
    expect(en).toMatch(/period="2030" is not valid\. Allowed: \d{4}(-\d\d)?\.\.\d{4}(-\d\d)?\./);
  });

  it("should still draw a selection that matches", async () => {
    const element = mount("pa-stat", { api, ...STAT, period: "2015..2020", lang: "en" });
    await once(element, "pa-load");
  });
});
