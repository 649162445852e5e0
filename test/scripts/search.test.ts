/**
 * Search over the real build-time index: the test set of `test/scripts/search-queries.ts` (≥ 50 queries in
 * Chinese, English, pinyin and with typos) must find its expected document in the top 3 for ≥ 95 % of queries;
 * highlights must mark the matched text; the index's pinyin must line up with the Han characters.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../../scripts/build/data";
import { buildSearchIndex, pinyinOf } from "../../scripts/build/search-index";
import type { SearchIndex } from "../../worker/lib/search/index-format";
import { search } from "../../worker/lib/search/search";
import { SEARCH_CASES } from "./search-queries";

let index: SearchIndex;
beforeAll(() => {
  const { catalog } = buildCatalog();
  if (!catalog) throw new Error("the catalog does not build");
  index = buildSearchIndex(catalog);
  // Building the catalog reads all of data/ (~210k rows): seconds on a busy machine.
}, 120_000);

const top3 = (q: string) => search(index, q, { limit: 3 }).map((h) => h.id);
const wanted = (expect: string | string[]) => (Array.isArray(expect) ? expect : [expect]);

describe("the search test set", () => {
  it("should hold at least 50 queries of every kind", () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(50);
    for (const kind of ["zh", "en", "pinyin", "initials", "typo"])
      expect(SEARCH_CASES.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it("should name only documents that exist", () => {
    const ids = new Set(index.docs.map((d) => d.id));
    for (const c of SEARCH_CASES) for (const id of wanted(c.expect)) expect(ids, c.q).toContain(id);
  });

  it("should find the expected document in the top 3 for at least 95 % of queries", () => {
    const misses = SEARCH_CASES.filter((c) => !top3(c.q).some((id) => wanted(c.expect).includes(id))).map(
      (c) => `${c.q} → ${top3(c.q).join(", ")} (want ${c.expect})`,
    );
    const recall = 1 - misses.length / SEARCH_CASES.length;
    expect(recall, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});

describe("search results", () => {
  it("should mark the Chinese characters a pinyin query matched", () => {
    const [hit] = search(index, "hlw", { limit: 1 });
    const mark = hit?.highlights.find((h) => h.field === "title.zh");
    expect(mark?.marks.map(([a, b]) => mark.text.slice(a, b))).toEqual(["互联网"]);
  });

  it("should mark each English word that matched, typos included", () => {
    const [hit] = search(index, "internt penetraton", { limit: 1 });
    const mark = hit?.highlights.find((h) => h.field === "title.en");
    expect(mark?.marks.map(([a, b]) => mark.text.slice(a, b).toLowerCase())).toEqual(["internet", "penetration"]);
  });

  it("should rank a title equal to the query above titles that contain it", () => {
    const [first] = search(index, "互联网普及率", { limit: 1 });
    expect(first?.title.zh).toBe("互联网普及率");
  });

  it("should filter by kind and respect the limit", () => {
    const hits = search(index, "gini", { kinds: ["indicator"], limit: 2 });
    expect(hits.length).toBe(2);
    expect(hits.every((h) => h.kind === "indicator")).toBe(true);
  });

  it("should find nothing for a query without letters, and never throw on any input", () => {
    expect(search(index, "!!! ,,, ")).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (q) => {
        const hits = search(index, q, { limit: 5 });
        expect(hits.length).toBeLessThanOrEqual(5);
        for (const h of hits)
          for (const { text, marks } of h.highlights) for (const [a, b] of marks) expect(0 <= a && a < b && b <= text.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("should give pinyin one syllable per Han character, with context-aware readings", () => {
    expect(pinyinOf("互联网普及率")).toBe("hu lian wang pu ji lv");
    expect(pinyinOf("GDP 增长率（%）")).toBe("zeng zhang lv");
    expect(pinyinOf("GDP")).toBeUndefined();
    for (const doc of index.docs)
      for (const [, , text, py] of doc.fields)
        if (py) expect(py.split(" ").length, text).toBe([...text].filter((ch) => /\p{Script=Han}/u.test(ch)).length);
  });
});
