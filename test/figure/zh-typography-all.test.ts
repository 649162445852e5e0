/**
 * zh typography over every published dataset: no nested units ("基尼系数（系数（0–1））" was the column and axis
 * title of a ranking), and a source line that does not switch into English prose (the mirror's own English note,
 * "…, as reported by …", was the "via" of zh lines).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFigure } from "../../figure";
import { DATA_DIR } from "../../scripts/lib/paths";
import { load } from "./load";

const latest = (id: string) =>
  readdirSync(join(DATA_DIR, id))
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .at(-1) as string;

const ids = readdirSync(DATA_DIR).filter((id) => existsSync(join(DATA_DIR, id, "dataset.json")) && id !== "regions");

describe("zh typography of every dataset's figures", () => {
  it.each(ids)("%s: units not nested, source line without English prose", (id) => {
    const input = load(id, latest(id));
    for (const kind of [undefined, "ranking"] as const) {
      const f = buildFigure({ ...input, lang: "zh", kind });
      const labels = [...(f.table?.columns.map((c) => c.label) ?? []), ...f.y.map((a) => a.title ?? "")];
      for (const label of labels) expect(label, label).not.toMatch(/（[^）]*（/);
      const via = f.source.text.split("经由")[1] ?? "";
      expect(via, f.source.text).not.toMatch(/\b[A-Za-z]{2,}\s+(by|of|the|and|via|from)\s/);
    }
  });
});
