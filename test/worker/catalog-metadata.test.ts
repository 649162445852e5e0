/**
 * Issue 3's promise, checked through the API for every dataset: complete bilingual metadata, units, licence,
 * sources that say where the numbers came from, caveats, and versions with hashes and coverage.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

interface Text {
  zh: string;
  en: string;
}
interface Entry {
  id: string;
  kind: "observations" | "reference";
  title: Text;
  description: Text;
  themes: string[];
  measures: Array<{ id: string; title: Text; unit: Text }>;
  fields?: Array<{ name: string; title: Text }>;
  licence: { id: string; attribution: Text };
  sources: Array<{ publisher: Text; title: string; url?: string; repository?: string; rawFile: string; kind: string }>;
  caveats: Text[];
  versions: Array<{
    version: string;
    published: string;
    changes: Text;
    hash: string;
    coverage: { rows: number; periods: string[]; regions: string[] };
  }>;
}

const body = (await (await SELF.fetch("https://atlas.test/v1/datasets")).json()) as { datasets: Entry[] };
const filled = (t: Text | undefined) => !!t && t.zh.trim().length > 0 && t.en.trim().length > 0;

describe("every dataset in GET /v1/datasets", () => {
  it("should list the datasets of every theme", () => {
    expect(body.datasets.length).toBeGreaterThanOrEqual(38);
    const themes = new Set(body.datasets.flatMap((d) => d.themes));
    for (const theme of [
      "industrial-structure",
      "public-services",
      "circulation",
      "platforms",
      "digital-divide",
      "common-prosperity",
      "digital-economy",
    ]) {
      expect(themes, theme).toContain(theme);
    }
  });

  it.each(body.datasets.map((d) => [d.id, d] as const))("%s should carry complete metadata", async (_id, d) => {
    expect(filled(d.title) && filled(d.description), "title and description in zh and en").toBe(true);
    expect(d.themes.length).toBeGreaterThan(0);
    if (d.kind === "observations") {
      expect(d.measures.length).toBeGreaterThan(0);
      for (const m of d.measures) expect(filled(m.title) && filled(m.unit), `measure ${m.id}: title and unit in zh and en`).toBe(true);
    } else {
      expect(d.fields?.length).toBeGreaterThan(0);
    }
    expect(d.licence.id.length).toBeGreaterThan(0);
    expect(filled(d.licence.attribution), "attribution in zh and en").toBe(true);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const s of d.sources) {
      expect(filled(s.publisher), "publisher").toBe(true);
      if (!s.url && !s.repository) {
        // A source without one address is a set of pages: then every row must name its own page.
        const latest = d.versions[0]?.version;
        const page = (await (
          await SELF.fetch(`https://atlas.test/v1/datasets/${d.id}@${latest}/data?fields=source&limit=1000`)
        ).json()) as {
          rows: Array<{ source?: string }>;
        };
        expect(page.rows.length, `${s.title}: rows`).toBe(d.versions[0]?.coverage.rows);
        expect(
          page.rows.every((r) => !!r.source),
          `source ${s.title}: a URL, a repository, or a source on every row`,
        ).toBe(true);
      }
      expect(s.rawFile).toMatch(/^(china|intl)\//);
    }
    for (const c of d.caveats) expect(filled(c), "caveat in zh and en").toBe(true);
    for (const v of d.versions) {
      expect(v.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
      expect(filled(v.changes)).toBe(true);
      expect(v.coverage.rows).toBeGreaterThan(0);
      expect(v.coverage.regions.length).toBeGreaterThan(0);
    }
  });

  it("should mark thin sources: every consultancy figure is an estimate", async () => {
    const shares = (await (await SELF.fetch("https://atlas.test/v1/datasets/platform-market-shares@latest/data?limit=1000")).json()) as {
      rows: Array<{ status?: string }>;
    };
    expect(shares.rows.length).toBeGreaterThan(50);
    expect(shares.rows.every((r) => r.status === "estimate")).toBe(true);
  });
});
