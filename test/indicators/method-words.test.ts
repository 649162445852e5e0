/**
 * The words shown with an indicator's method, in both languages: the plain-text formula (and the LaTeX's words)
 * is math only, the same for every reader, and its remarks are `method.where` in zh and en. The defect was English
 * prose in the formula ("converging when …", "years = months between …", "s = value share") that a zh reader saw
 * in <pa-indicator>'s ▸ 方法 and on the zh indicator pages.
 */
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../worker/indicators/registry";

/** English prose a zh reader must not meet: function words and the words the old formulas explained with. */
const ENGLISH_PROSE =
  /\b(when|with|between|of|the|and|or|in|for|is|are|share|shares|percent|months?|years?|sorted|mean|weighted|population|value|largest|cumulative|reversed|composites?|converging|highly|moderately|unconcentrated)\b/i;

/** Symbols and functions of the notation (not words of a language). */
const MATH_WORDS = new Set(["sqrt", "sum", "min", "max", "alpha", "beta", "sigma", "mu", "ybar", "index", "cagr", "hhi"]);

/** Latin words of three or more letters in `text`, after LaTeX commands (\frac, \text, …) are taken out. */
const wordsOf = (text: string) => text.replace(/\\[a-zA-Z]+/g, " ").match(/[A-Za-z]{3,}/g) ?? [];

/** The words an indicator's notation may use: its parameter names, their choices, and math symbols. */
function allowedWords(indicator: (typeof INDICATORS)[number]): Set<string> {
  const names = indicator.parameters.flatMap((p) => [p.name, ...(p.choices ?? []).flatMap((c) => wordsOf(c))]);
  return new Set([...names, ...MATH_WORDS].map((w) => w.toLowerCase()));
}

/** What a zh reader sees of the method: the formula, the LaTeX (without its commands) and the zh remarks. */
const zhMethodText = (indicator: (typeof INDICATORS)[number]) =>
  [indicator.method.formula, indicator.method.latex.replace(/\\[a-zA-Z]+/g, " "), indicator.method.where?.zh ?? ""].join("\n");

describe("the words shown with an indicator's method", () => {
  it.each(INDICATORS.map((i) => [i.id, i] as const))("%s: formula and LaTeX should be notation, not English", (id, indicator) => {
    const allowed = allowedWords(indicator);
    const words = [...wordsOf(indicator.method.formula), ...wordsOf(indicator.method.latex)];
    expect(
      words.filter((w) => !allowed.has(w.toLowerCase())),
      id,
    ).toEqual([]);
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))("%s: the zh method text should hold no English sentence", (id, indicator) => {
    expect(zhMethodText(indicator), id).not.toMatch(ENGLISH_PROSE);
  });

  it.each(INDICATORS.filter((i) => i.method.where).map((i) => [i.id, i] as const))(
    "%s: the remarks should be zh in zh (full-width punctuation) and en in en",
    (id, indicator) => {
      const where = indicator.method.where as { zh: string; en: string };
      expect(where.zh, id).toMatch(/\p{Script=Han}/u);
      // zh typography: a sentence ends with 。 and clauses are separated with ；， not "; " or ", ".
      expect(where.zh, id).toMatch(/。$/);
      expect(where.zh, id).not.toMatch(/\p{Script=Han}[,;:.]|[,;:](?= ?\p{Script=Han})/u);
      expect(where.en, id).not.toMatch(/\p{Script=Han}/u);
      expect(where.en, id).toMatch(/\.$/);
    },
  );
});
