/**
 * One presentation module: the site formats periods and numbers with the figure model's formatters (as the widgets
 * do: test/widgets/units.test.ts) and writes the embed snippet with figure/embed/snippet.ts, as the embed builder
 * and `npm run widgets:snippet` do, so a reader sees the same text on a dataset page and in every snippet.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loaderScriptTag, snippetText } from "../../figure/embed/snippet";
import { formatNumber as figureNumber } from "../../figure/format/number";
import { formatPeriod as figurePeriod } from "../../figure/format/period";
import { formatNumber as siteNumber, formatPeriod as sitePeriod } from "../../scripts/build/site/i18n";
import { snippet } from "../../scripts/build/site/widgets";

const SCRIPT = { path: "/widgets/0.1.0/loader.js", integrity: "sha384-abc+/=" };

/** The text a reader sees in the site's `<pre><code>` (tags dropped, entities decoded). */
const shown = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("periods and numbers", () => {
  it("should give the site the figure model's period text, for periods and for anything else (property)", () => {
    const period = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.constantFrom("", "-01", "-12", "-Q1", "-Q4", "-H1", "-H2", "-X1", "-Q9"))
        .map(([y, p]) => `${y}${p}`),
    );
    fc.assert(
      fc.property(period, fc.constantFrom("zh" as const, "en" as const), (p, lang) => {
        const text = figurePeriod(p, lang);
        return sitePeriod(p, lang) === text;
      }),
    );
  });

  it("should give the site the figure model's number text (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (v, d) => {
          const zh = figureNumber(v, "zh", d);
          return siteNumber(v, "zh", d) === zh;
        },
      ),
    );
  });
});

describe("the embed snippet", () => {
  it("should read the same on a generated page as the builder and the CLI write it", () => {
    const attributes = { dataset: "internet-users@1.0.0", measure: "penetration_pct", caption: 'A "quoted" & <b>' };
    const page = shown(snippet("pa-chart", attributes, SCRIPT).toString());
    expect(page).toBe(snippetText("https://HOST", SCRIPT, "pa-chart", attributes));
    expect(page.split("\n")[0]).toBe(loaderScriptTag(`https://HOST${SCRIPT.path}`, SCRIPT.integrity));
    expect(page).toBe(
      '<script async src="https://HOST/widgets/0.1.0/loader.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>\n' +
        '<pa-chart dataset="internet-users@1.0.0" measure="penetration_pct" caption="A &quot;quoted&quot; &amp; <b>"></pa-chart>',
    );
  });

  it("should put the fallback inside the element with the origin on every URL", () => {
    const fallback = {
      img: "/v1/charts/chart.svg?dataset=x",
      alt: "A < B",
      width: 640,
      height: 360,
      page: { href: "/datasets/x/", label: "Dataset page" },
      csv: { href: "/v1/datasets/x/data.csv", label: "CSV" },
    };
    const page = shown(snippet("pa-chart", { dataset: "x" }, SCRIPT, fallback).toString());
    const absolute = {
      ...fallback,
      img: `https://HOST${fallback.img}`,
      page: { ...fallback.page, href: `https://HOST${fallback.page.href}` },
      csv: { ...fallback.csv, href: `https://HOST${fallback.csv.href}` },
    };
    expect(page).toBe(snippetText("https://HOST", SCRIPT, "pa-chart", { dataset: "x" }, absolute));
    expect(page).toContain('<img src="https://HOST/v1/charts/chart.svg?dataset=x" alt="A &lt; B" width="640" height="360">');
  });
});
