/**
 * The figure model against published data (issue #11 items 1, 3–6): each test names the defect it guards.
 */
import { describe, expect, it } from "vitest";
import { buildFigure, type Figure, type FigureInput } from "../../figure";
import { load } from "./load";

const fig = (id: string, version: string, options: Partial<FigureInput> & { lang: "zh" | "en" }): Figure =>
  buildFigure({ ...load(id, version), ...options });

/** Every string a reader sees in a figure. */
const texts = (f: Figure): string[] => [
  f.title,
  f.subtitle ?? "",
  f.unit ?? "",
  f.summary,
  f.takeaway,
  ...f.notes,
  ...f.legend.map((l) => l.label),
  ...f.series.map((s) => s.name),
  ...f.y.flatMap((y) => [y.title, ...y.ticks.map((t) => t.label)]),
  ...(f.x?.ticks.map((t) => t.label) ?? []),
  ...(f.table?.columns.map((c) => c.label) ?? []),
  ...(f.ranking?.bars.map((b) => b.name) ?? []),
  ...(f.tilemap?.tiles.map((t) => t.label) ?? []),
];

describe("the Gini chart (national-gini@1.1.0)", () => {
  for (const lang of ["zh", "en"] as const)
    it(`labels y ticks distinctly (${lang}; every tick read "0.5")`, () => {
      const f = fig("national-gini", "1.1.0", { lang });
      const labels = f.y[0]?.ticks.map((t) => t.label) ?? [];
      expect(labels.length).toBeGreaterThan(2);
      expect(new Set(labels).size).toBe(labels.length);
    });
  it("does not nest units in zh (was 基尼系数（系数（0–1））) and prints no descriptor after numbers", () => {
    const f = fig("national-gini", "1.1.0", { lang: "zh" });
    for (const t of texts(f)) expect(t).not.toMatch(/（[^）]*（/);
    expect(f.summary).not.toMatch(/\d 系数/);
  });
  it("spans the data on a time axis with annual points on their year (was padded, mid-year)", () => {
    const f = fig("national-gini", "1.1.0", { lang: "en" });
    const xs = f.series.flatMap((s) => s.points.map((p) => p.x));
    expect(f.x?.kind).toBe("time");
    expect(f.x?.domain).toEqual([Math.min(...xs), Math.max(...xs)]);
    for (const x of xs) expect(Number.isInteger(x)).toBe(true);
  });
});

describe("the GDP stat (national-gdp@1.0.0, measure gdp)", () => {
  it("scales the value (was '1,349,083.5 亿元' / '1,349,083.5 100 million yuan')", () => {
    expect(fig("national-gdp", "1.0.0", { lang: "zh", kind: "stat", measure: ["gdp"] }).stat?.text).toMatch(/^\d+(\.\d)?万亿元$/);
    expect(fig("national-gdp", "1.0.0", { lang: "en", kind: "stat", measure: ["gdp"] }).stat?.text).toMatch(/^CNY \d+(\.\d)? tn$/);
  });
  it("puts the scaled unit on the axis title and no compact suffixes in ticks (was '80万' under '亿元')", () => {
    for (const lang of ["zh", "en"] as const) {
      const f = fig("national-gdp", "1.0.0", { lang, measure: ["gdp"] });
      expect(f.y[0]?.title).toBe(lang === "zh" ? "万亿元" : "CNY trillion");
      for (const t of f.y[0]?.ticks ?? []) expect(t.label).toMatch(/^−?[\d,.]+$/);
    }
  });
});

describe("one period (province-health-resources, platform-market-shares)", () => {
  it("becomes a ranking, never a 1900–2150 axis", () => {
    const f = fig("province-health-resources", "1.0.0", { lang: "en", period: "2013" });
    expect(f.kind).toBe("ranking");
    expect(f.x).toBeUndefined();
    expect(f.ranking?.bars.length).toBeGreaterThan(20);
    expect(f.ranking?.bars[0]?.name).not.toMatch(/^CN-/);
  });
  it("a measure with a single period draws bars by category", () => {
    const f = fig("platform-market-shares", "1.0.0", { lang: "zh", measure: ["private_car_hailing_share_pct"] });
    expect(f.kind).toBe("ranking");
    expect(f.x).toBeUndefined();
  });
});

describe("defaults and units (national-household-income)", () => {
  it("without measure shows the declared default, else the first measure and those sharing its unit (was 49 series)", () => {
    const f = fig("national-household-income", "1.0.0", { lang: "zh" });
    expect(f.y.length).toBeLessThanOrEqual(2);
    expect(new Set(f.series.map((s) => s.axis)).size).toBeLessThanOrEqual(2);
    expect(f.series.length).toBeLessThanOrEqual(12);
  });
  it("reads meta.defaults when present", () => {
    const input = load("national-household-income", "1.0.0");
    const second = input.data.measures[1]?.id as string;
    const f = buildFigure({ ...input, lang: "en", meta: { ...input.meta, defaults: { measures: [second] } } });
    expect(f.selection.measures).toEqual([second]);
  });
  it("two units get two labelled axes; three get a clear message", () => {
    const input = load("national-household-income", "1.0.0");
    const byUnit = new Map(input.data.measures.map((m) => [m.unit.zh, m.id]));
    const ids = [...byUnit.values()];
    const two = buildFigure({ ...input, lang: "en", measure: ids.slice(0, 2) });
    expect(two.y.map((y) => y.side)).toEqual(["left", "right"]);
    for (const y of two.y) expect(y.title).not.toBe("");
    const three = buildFigure({ ...input, lang: "zh", measure: ids.slice(0, 3) });
    expect(three.kind).toBe("message");
    expect(three.message).toMatch(/最多显示两种单位/);
  });
});

describe("names, not codes", () => {
  it("world charts name aggregates and countries (was WLD, USA)", () => {
    const input = load("world-internet-use", "1.0.0");
    for (const lang of ["zh", "en"] as const) {
      const f = buildFigure({ ...input, lang, region: ["WLD", "HIC", "USA", "CHN"] });
      const names = f.series.map((s) => s.name);
      expect(names.join(" ")).not.toMatch(/\b(WLD|HIC|USA|CHN)\b/);
      if (lang === "zh") expect(names).toEqual(expect.arrayContaining(["世界", "高收入国家", "美国", "中国"]));
      else expect(names).toEqual(expect.arrayContaining(["World", "High income", "United States", "China"]));
    }
  });
  it("MIIT and SPB regions are named (was CN-MIIT-EAST, CN-SPB-CENTRAL)", () => {
    for (const [id, v] of [
      ["telecom-infrastructure", "1.0.0"],
      ["express-delivery", "1.0.0"],
    ] as const) {
      const input = load(id, v);
      const codes = [...new Set(input.data.rows.map((r) => r.region))].filter((c) => /SPB|MIIT/.test(c));
      if (codes.length === 0) continue;
      const measure = input.data.rows.find((r) => codes.includes(r.region))?.measure as string;
      const f = buildFigure({ ...input, lang: "en", measure: [measure], region: codes });
      for (const t of texts(f)) expect(t).not.toMatch(/CN-(SPB|MIIT)/);
    }
  });
  it("the en tile map shows English names (was HL/NM/HA/HE)", () => {
    const f = fig("province-gdp", "1.0.0", { lang: "en", kind: "tilemap" });
    const labels = f.tilemap?.tiles.map((t) => t.label) ?? [];
    expect(labels).toContain("Heilongjiang");
    expect(labels).toContain("Inner Mongolia");
    for (const l of labels) expect(l).not.toMatch(/^[A-Z]{2}$/);
    expect(f.tilemap?.classes.length).toBe(5);
  });
});

describe("sources", () => {
  it("name the primary publication first, then the mirror as 'via'", () => {
    const input = load("national-gdp", "1.0.0");
    const source = input.meta?.sources?.[0];
    if (!source) throw new Error("no source");
    const primary = {
      publisher: { zh: "国家统计局", en: "National Bureau of Statistics" },
      title: { zh: "中国统计年鉴2024", en: "China Statistical Yearbook 2024" },
      table: "3-1",
      date: "2024",
    };
    const meta = { ...input.meta, sources: [{ ...source, primary }] };
    const zh = buildFigure({ ...input, meta, lang: "zh" }).source;
    expect(zh.text).toMatch(/^来源：国家统计局《中国统计年鉴2024》表3-1，经由/);
    expect(zh.text).toContain("national-gdp@1.0.0");
    const en = buildFigure({ ...input, meta, lang: "en" }).source;
    expect(en.text).toMatch(/^Source: National Bureau of Statistics, China Statistical Yearbook 2024, table 3-1, via /);
  });
});

describe("zh typography", () => {
  it("uses full-width punctuation in every zh string", () => {
    for (const [id, v, kind] of [
      ["national-gini", "1.1.0", "line"],
      ["province-gdp", "1.0.0", "ranking"],
      ["world-internet-use", "1.0.0", "line"],
      ["national-gdp", "1.0.0", "stat"],
    ] as const) {
      const f = fig(id, v, { lang: "zh", kind, region: id === "world-internet-use" ? ["WLD", "CHN"] : undefined });
      for (const t of texts(f)) expect(t, `${id}: ${t}`).not.toMatch(/[\u4e00-\u9fff][:()]|[:()][\u4e00-\u9fff]/);
    }
  });
});

describe("titles say what is plotted", () => {
  it("a single measure is titled by the measure, not the dataset (was '…by industry' plotting GDP only)", () => {
    const input = load("province-gdp-by-industry", "1.0.0");
    const measure = input.data.measures[0];
    const f = buildFigure({ ...input, lang: "en", kind: "line", measure: [measure?.id as string], region: ["CN-GD"] });
    expect(f.title).toContain(measure?.title.en);
    expect(f.title).toContain("Guangdong");
  });
  it("the builder's caption replaces the title", () => {
    expect(fig("national-gini", "1.1.0", { lang: "zh", caption: "收入差距" }).title).toBe("收入差距");
  });
});

describe("share figures drawn from the model (<pa-share by=group> and total= drew with old code)", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`sums provinces into the four NBS groups, named, stacking to 100% (${lang})`, () => {
      const f = fig("province-gdp", "1.0.0", { lang, kind: "share", measure: ["gdp"], by: "group", period: "2020..2024" });
      expect(f.kind).toBe("share");
      expect(f.legend.map((l) => l.label)).toEqual(
        lang === "zh" ? ["东部地区", "中部地区", "西部地区", "东北地区"] : ["East", "Central", "West", "Northeast"],
      );
      expect(f.legend.map((l) => l.pattern)).toEqual([0, 1, 2, 3]);
      expect(f.share?.stacks.map((s) => s.period)).toEqual(["2020", "2021", "2022", "2023", "2024"]);
      for (const s of f.share?.stacks ?? []) expect(s.parts.reduce((a, p) => a + p.value, 0)).toBeCloseTo(100, 9);
      expect(f.summary).toMatch(lang === "zh" ? /^2020年至2024年，东部地区占比由[\d.]+%/ : /^East share (rose|fell) from [\d.]+%/);
      expect(f.table?.rows[0]?.cells.slice(1).every((c) => /^\d+\.\d\d$/.test(c.text))).toBe(true);
    });

    it(`divides measures by the total measure when given (${lang})`, () => {
      const f = fig("national-gdp", "1.0.0", { lang, kind: "share", measure: ["primary", "secondary", "tertiary"], total: "gdp" });
      expect(f.title).toBe(lang === "zh" ? "国内生产总值的构成" : "Composition of gross domestic product");
      expect(f.legend).toHaveLength(3);
      const last = f.share?.stacks.at(-1);
      expect(last?.parts.reduce((a, p) => a + p.value, 0)).toBeCloseTo(100, 0);
    });
  }
});

describe("table figures (<pa-table> drew with old code: blank cells, its own formatting)", () => {
  for (const lang of ["zh", "en"] as const)
    it(`names regions, writes "—" for a missing value, keeps full precision and the unit in headers (${lang})`, () => {
      const f = fig("province-health-resources", "1.0.0", { lang, kind: "table" });
      const table = f.table;
      expect(f.kind).toBe("table");
      expect(table?.columns.length).toBeGreaterThan(3);
      const cells = table?.rows.flatMap((r) => r.cells) ?? [];
      expect(cells.some((c) => c.text === "")).toBe(false);
      expect(cells.filter((c) => c.value === null).every((c) => c.text === "—")).toBe(true);
      expect(cells.filter((c) => c.value === null).length).toBeGreaterThan(0);
      expect(table?.rows.some((r) => /^CN-/.test(r.cells[0]?.text ?? ""))).toBe(false);
      for (const r of table?.rows.slice(0, 50) ?? [])
        for (const c of r.cells.slice(2))
          if (typeof c.value === "number") expect(Number(c.text.replace(/[^\d.−-]/g, "").replace("−", "-"))).toBe(c.value);
      expect(table?.columns[2]?.label).toMatch(lang === "zh" ? /（.+）$/ : /\(.+\)$/);
    });
});

describe("source lines stay a line or two (the Gini chart's ran to 25 lines of publications)", () => {
  for (const lang of ["zh", "en"] as const)
    it(`condenses the publications and keeps the full list in \`primary\` (${lang})`, () => {
      const f = fig("national-gini", "1.1.0", { lang });
      expect(f.source.primary.length).toBeGreaterThan(2);
      expect(f.source.text.length).toBeLessThan(260);
      expect(f.source.text).toContain(lang === "zh" ? "国家统计局" : "National Bureau of Statistics");
      expect(f.source.text).toContain("national-gini@1.1.0");
    });
});

describe("flag notes", () => {
  for (const lang of ["zh", "en"] as const)
    it(`name each flag once after one prefix, not a line per flag (${lang})`, () => {
      const f = fig("national-gini", "1.1.1", { lang });
      const prefix = lang === "zh" ? "空心点或标记" : "Hollow or marked points";
      const notes = f.notes.join("\n");
      expect(notes.split(prefix).length - 1).toBe(1);
      expect(notes).toMatch(lang === "zh" ? /空心点或标记：[^。]+；[^。]+。/ : /Hollow or marked points: [^.]+; [^.]+\./);
    });
});

describe("names keep their capitals mid-sentence (en)", () => {
  it("says 'Jiangsu rose', not 'jiangsu rose', when the series are provinces (the gallery's bar chart)", () => {
    const f = fig("province-gdp", "1.0.0", { lang: "en", kind: "bar", region: ["CN-GD", "CN-JS", "CN-GS"], period: "2015..2024" });
    expect(f.summary).toMatch(/; Jiangsu rose/);
    expect(f.summary).toMatch(/; Gansu rose/);
  });

  it("says 'Central share', not 'central share', for the NBS regions' shares", () => {
    const f = fig("province-gdp", "1.0.0", { lang: "en", kind: "share", by: "group", measure: ["gdp"] });
    expect(f.summary).toMatch(/; Central share (rose|fell)/);
  });

  it("still lowercases a measure title mid-sentence ('…; urban internet penetration rose')", () => {
    const f = fig("internet-users", "1.0.0", { lang: "en", measure: ["penetration_pct", "urban_penetration_pct"] });
    expect(f.summary).toMatch(/; urban internet penetration rose/);
  });
});

describe("ranking order (<pa-ranking order> was widget-only: the server's figure was always highest first)", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`draws the bars and the table lowest first for order=asc, ranks and summary as for desc (${lang})`, () => {
      const desc = fig("province-gdp", "1.0.0", { lang, kind: "ranking", measure: ["gdp"], period: "2024" });
      const asc = fig("province-gdp", "1.0.0", { lang, kind: "ranking", measure: ["gdp"], period: "2024", order: "asc" });
      const values = (f: Figure) => f.ranking?.bars.map((b) => b.value) ?? [];
      expect(values(desc).length).toBeGreaterThan(20);
      expect(asc.ranking?.order).toBe("asc");
      expect(desc.ranking?.order).toBe("desc");
      expect(values(asc)).toEqual([...values(desc)].reverse());
      expect(values(asc)[0]).toBe(Math.min(...values(desc)));
      // The table lists lowest first too, each region keeping its rank among highest first.
      expect(asc.table?.rows.map((r) => r.key)).toEqual(asc.ranking?.bars.map((b) => b.region));
      expect(asc.table?.rows[0]?.cells[0]?.text).toBe(String(values(desc).length));
      expect(asc.table?.rows).toEqual([...(desc.table?.rows ?? [])].reverse());
      // The summary still names the highest and the lowest correctly.
      expect(asc.summary).toBe(desc.summary);
      expect(asc.summary).toContain(desc.ranking?.bars[0]?.name as string);
    });
  }
});
