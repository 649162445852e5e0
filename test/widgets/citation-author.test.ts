/**
 * A citation's author is the publisher of the primary publication (`Source.primary.publisher`), not the mirror
 * or repost we read it from (which was cited before: "RenJiyi163", a news site).
 */
import { describe, expect, it } from "vitest";
import { citationsFor } from "../../widgets/element/actions";

const provenance = {
  base: "https://api.example",
  id: "x",
  version: "1.0.0",
  kind: "dataset" as const,
  title: { zh: "某数据", en: "Some data" },
};
const info = {
  title: { zh: "某数据", en: "Some data" },
  versions: [{ version: "1.0.0", published: "2026-01-02" }],
  sources: [
    {
      publisher: { zh: "中国网", en: "china.org.cn" },
      primary: { publisher: { zh: "国家统计局", en: "National Bureau of Statistics" } },
    },
    { publisher: { zh: "世界银行", en: "World Bank" } },
  ],
};

describe("citation author", () => {
  it("names the primary publisher first-hand, and the source's own publisher when there is no primary", () => {
    const zh = citationsFor(provenance, info, "zh", "2026-02-03");
    expect(zh.gbt.startsWith("国家统计局，世界银行. 某数据")).toBe(true);
    const en = citationsFor(provenance, info, "en", "2026-02-03");
    expect(en.apa.startsWith("National Bureau of Statistics, World Bank. (2026).")).toBe(true);
    expect(en.apa).not.toContain("china.org.cn");
  });
});
