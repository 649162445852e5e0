/**
 * One wording of the row flags (issue #11, words): a table's marks ("[s] 二手来源：取自转载…") and a chart's notes
 * ("空心点或标记：转引自二手来源") named the same flags in two different sets of words, from two tables. Both now read
 * schemas/flags.ts's FLAG_TEXT, so the notes of a chart and of the table of the same data agree word for word.
 */
import { describe, expect, it } from "vitest";
import { buildFigure, type Figure } from "../../figure";
import { FLAG_TEXT, FLAGS, parseFlags } from "../../schemas";
import { load } from "./load";

const input = load("internet-users", "1.0.1");
const present = FLAGS.filter((f) => input.data.rows.some((r) => parseFlags(r.status).includes(f)));

describe("flags are worded once, for table marks and figure notes alike", () => {
  it("the data has several flags to word (break, secondary …)", () => {
    expect(present.length).toBeGreaterThan(1);
  });

  for (const lang of ["zh", "en"] as const)
    it(`a chart's notes and the table's notes name each flag in the same words (${lang})`, () => {
      const [line, tabled]: Figure[] = (["line", "table"] as const).map((kind) => buildFigure({ ...input, lang, kind }));
      const [chart, table] = [line, tabled].map((f) => f?.notes.join("\n") ?? "") as [string, string];
      const inTable = FLAGS.filter((f) => table.includes(`[${FLAG_TEXT[f].mark}]`));
      const inChart = FLAGS.filter((f) => line?.series.some((s) => s.points.some((p) => p.flags.includes(f))));
      expect(inTable.length).toBeGreaterThan(1);
      expect(inChart.length).toBeGreaterThan(0);
      for (const f of inTable) expect(table).toContain(`[${FLAG_TEXT[f].mark}] ${FLAG_TEXT[f].label[lang]}`);
      for (const f of inChart) expect(chart, f).toContain(FLAG_TEXT[f].label[lang]);
    });

  for (const lang of ["zh", "en"] as const)
    it(`a hollow point's and a break's label is the flag's name from the same table (${lang})`, () => {
      const f = buildFigure({ ...input, lang, kind: "line" });
      const marks = f.annotations.filter((a) => a.kind === "weak-source" || a.kind === "break");
      expect(marks.length).toBeGreaterThan(0);
      const names = new Set(FLAGS.map((flag) => FLAG_TEXT[flag].name[lang]));
      for (const a of marks) for (const part of a.label.split(lang === "zh" ? "，" : ", ")) expect(names, part).toContain(part);
    });
});
