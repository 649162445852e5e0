/**
 * Category labels in the reader's language (issue #11, words): zh legends, tables, tooltips and summaries showed the
 * published bilingual string English first ("Alipay (支付宝)", "Tenpay (财付通: WeChat Pay + QQ Wallet)"), and en
 * ones carried the Chinese. Every category value published under data/ is checked, then the figures that name them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFigure, type Figure } from "../../figure";
import { categoryLabel, categoryName } from "../../figure/category-name";
import { DATA_DIR } from "../../scripts/lib/paths";
import { load } from "./load";

const CJK = /[\u3400-\u9fff]/;

/** Every category of every published version, with the datasets@versions and measures it appears in. */
function publishedCategories(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const id of readdirSync(DATA_DIR)) {
    if (!existsSync(join(DATA_DIR, id, "dataset.json"))) continue;
    for (const version of readdirSync(join(DATA_DIR, id)).filter((v) => /^\d+\.\d+\.\d+$/.test(v))) {
      const file = join(DATA_DIR, id, version, "data.csv");
      if (!existsSync(file)) continue;
      for (const r of parse(readFileSync(file), { columns: true }) as Record<string, string>[]) {
        if (!r.category) continue;
        const set = found.get(r.category) ?? new Set();
        set.add(`${id}@${version}:${r.measure}`);
        found.set(r.category, set);
      }
    }
  }
  return found;
}

const published = publishedCategories();
const all = [...published.keys()].sort();

describe("categoryName over every published category", () => {
  it("finds the categories (the sweep reads data/)", () => {
    expect(all.length).toBeGreaterThan(30);
    expect(all).toContain("Meituan Waimai (美团外卖)");
  });

  it.each(all)("%s: a non-empty zh and en label, Chinese first in zh, no Chinese in en", (label) => {
    const { zh, en } = categoryName(label);
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    if (CJK.test(label)) {
      // No English-first form: the Chinese name leads ("360搜索" may start with its digits).
      expect(zh, zh).not.toMatch(/^[A-Za-z]/);
      expect(zh, zh).toMatch(CJK);
      expect(en, en).not.toMatch(CJK);
    } else {
      expect(en).toBe(label);
    }
    // zh typography: full-width brackets and punctuation around Chinese text.
    if (CJK.test(zh)) expect(zh, zh).not.toMatch(/[():,]/);
  });

  it("gives distinct labels to distinct categories of one measure (a legend never shows two entries alike)", () => {
    const byMeasure = new Map<string, string[]>();
    for (const [label, where] of published) for (const w of where) byMeasure.set(w, [...(byMeasure.get(w) ?? []), label]);
    for (const [where, labels] of byMeasure)
      for (const lang of ["zh", "en"] as const) {
        const names = labels.map((l) => categoryLabel(l, lang));
        expect(new Set(names).size, `${where} ${lang}: ${names.join(" | ")}`).toBe(labels.length);
      }
  });

  it("words the data's generic and remark-carrying labels", () => {
    expect(categoryName("Meituan Waimai (美团外卖)")).toEqual({ zh: "美团外卖", en: "Meituan Waimai" });
    expect(categoryName("JD.com (京东)")).toEqual({ zh: "京东", en: "JD.com" });
    expect(categoryName("Tenpay (财付通: WeChat Pay + QQ Wallet)")).toEqual({
      zh: "财付通（微信支付、QQ钱包）",
      en: "Tenpay (WeChat Pay + QQ Wallet)",
    });
    expect(categoryName("Yiqianbao (壹钱包, Ping An)")).toEqual({ zh: "壹钱包（平安）", en: "Yiqianbao (Ping An)" });
    expect(categoryName("Alipay + Tenpay (combined)")).toEqual({ zh: "支付宝、财付通（合计）", en: "Alipay + Tenpay (combined)" });
    expect(categoryName("Alipay + Lakala + Tenpay (top 3 combined)").zh).toBe("支付宝、拉卡拉、财付通（前3名合计）");
    expect(categoryName("others")).toEqual({ zh: "其他", en: "others" });
    expect(categoryName("rank 3 (name not shown in stored page)")).toEqual({
      zh: "第3名（存档页面未显示名称）",
      en: "rank 3 (name not shown in stored page)",
    });
    expect(categoryName("Yahoo")).toEqual({ zh: "Yahoo", en: "Yahoo" });
  });

  it("translates English names as the data itself pairs them ('Alipay (支付宝)' → 支付宝 wherever Alipay is named)", () => {
    // Every "Name (中文)" pair in data/ whose English name recurs in an English-only label must read the same.
    const pairs = new Map(all.map((l) => [categoryName(l).en, categoryName(l).zh] as const).filter(([en, zh]) => en !== zh));
    for (const label of all.filter((l) => !CJK.test(l) && / \+ /.test(l))) {
      const zh = categoryName(label).zh;
      for (const part of label.replace(/\s*\(.*\)$/, "").split(/\s*\+\s*/)) {
        const paired = pairs.get(part);
        if (paired) expect(zh, `${label} → ${zh}`).toContain(paired);
      }
    }
  });
});

describe("categoryName properties", () => {
  const english = fc.stringMatching(/^[A-Z][A-Za-z0-9.]{0,10}( [A-Za-z0-9.]{1,10}){0,2}$/);
  const chinese = fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}[0-9]{0,3}$/);

  it("splits 'English (中文)' into its two names, and each name is its own label", () => {
    fc.assert(
      fc.property(english, chinese, (en, zh) => {
        expect(categoryName(`${en} (${zh})`)).toEqual({ zh, en });
        expect(categoryName(`${zh}（${en}）`)).toEqual({ zh, en });
        // Applying it to a label it made changes nothing.
        expect(categoryName(zh).zh).toBe(zh);
        expect(categoryName(en).en).toBe(en);
      }),
    );
  });

  it("never returns an empty label for a non-empty one, nor Chinese in en when the label has an English name", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ""),
        (label) => {
          const { zh, en } = categoryName(label);
          expect(zh.trim()).not.toBe("");
          expect(en.trim()).not.toBe("");
        },
      ),
    );
    fc.assert(
      fc.property(english, chinese, fc.option(english, { nil: undefined }), (en, zh, remark) => {
        const label = remark ? `${en} (${zh}: ${remark})` : `${en} (${zh})`;
        expect(categoryName(label).en).not.toMatch(CJK);
        expect(categoryName(label).zh.startsWith(zh)).toBe(true);
      }),
    );
  });
});

/** The words of a figure that name categories: legend, series, stacks, bars, table cells, summary. */
const categoryTexts = (f: Figure): string[] => [
  ...f.legend.map((l) => l.label),
  ...f.series.map((s) => s.name),
  ...(f.share?.stacks.flatMap((s) => s.parts.map((p) => p.name)) ?? []),
  ...(f.ranking?.bars.map((b) => b.name) ?? []),
  ...(f.table?.columns.map((c) => c.label) ?? []),
  ...(f.table?.rows.flatMap((r) => r.cells.map((c) => c.text)) ?? []),
  f.summary,
  f.takeaway,
];

describe("figures name categories in the reader's language (platform-market-shares)", () => {
  const input = load("platform-market-shares", "1.0.1");
  const measures = [...new Set(input.data.rows.map((r) => r.measure))];
  const cases = measures.flatMap((m) => (["share", "ranking", "line", "table"] as const).map((kind) => [m, kind] as const));

  it.each(cases)("%s as %s", (measure, kind) => {
    for (const lang of ["zh", "en"] as const) {
      const f = buildFigure({ ...input, lang, kind, measure: [measure] });
      const texts = categoryTexts(f).join("\n");
      // No published bilingual form: "Alipay (支付宝)" in zh, or "(支付宝)" in en.
      for (const label of all.filter((l) => CJK.test(l) && /[A-Za-z]/.test(l))) expect(texts, `${lang}: ${label}`).not.toContain(label);
      if (lang === "en") expect(texts).not.toMatch(/\([^)]*[\u3400-\u9fff][^)]*\)/);
      else expect(texts).not.toMatch(/[A-Za-z][^\n（]* \([^)]*[\u3400-\u9fff]/);
    }
  });

  it("the zh mobile-payment shares read 支付宝 and 财付通（微信支付、QQ钱包）", () => {
    const f = buildFigure({ ...input, lang: "zh", kind: "share", measure: ["mobile_payment_share_pct"] });
    const legend = f.legend.map((l) => l.label);
    expect(legend).toContain("支付宝");
    expect(legend).toContain("财付通（微信支付、QQ钱包）");
    expect(f.takeaway).toMatch(/支付宝占比/);
    expect(f.table?.columns.map((c) => c.label)).toContain("支付宝（%）");
  });
});
