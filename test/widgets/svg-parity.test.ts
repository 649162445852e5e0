/**
 * The server SVG and the widget draw one figure (#12 acceptance: "the texts in the SVG equal those the widget
 * shows for the same attributes"): for every element kind × zh/en, the widget's title, takeaway, subtitle,
 * notes, legend and source line are texts of `/v1/charts/{element}.svg` with the same attributes, the SVG's
 * `<title>` is the widget's title and its `<desc>` the widget's accessible summary.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { cleanup, mount, once, rowText, shadow, shadowAll, text } from "./helpers/dom";
import { KINDS, svgPath } from "./helpers/kinds";

const api = inject("apiBase");
afterEach(cleanup);

/** Text without any whitespace: SVG lines wrap where the widget's CSS wraps elsewhere. */
const squash = (s: string) => s.replace(/\s+/g, "");

describe.each(KINDS)("SVG and widget of $name", (kind) => {
  for (const lang of ["zh", "en"] as const) {
    it(`should print the widget's texts (${lang})`, async () => {
      const element = mount(kind.tag, { api, ...kind.attrs, lang });
      await once(element, "pa-load");
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const res = await fetch(`${api}${svgPath(kind, { lang })}`);
      expect(res.status).toBe(200);
      const doc = new DOMParser().parseFromString(await res.text(), "image/svg+xml");
      const title = doc.querySelector("svg > title")?.textContent;
      const desc = doc.querySelector("svg > desc")?.textContent;
      const printed = squash([...doc.querySelectorAll("svg > text, svg text")].map((t) => t.textContent ?? "").join(""));
      expect(title).toBe(text(shadow(element, "#title")));
      expect(desc).toBe(shadow(element, "#summary")?.textContent);
      const shown = [
        text(shadow(element, ".summary")),
        shadow(element, ".subtitle") ? text(shadow(element, ".subtitle")) : "",
        ...shadowAll(element, ".notes li").map(text),
        ...shadowAll(element, ".legend li").map(text),
        text(shadow(element, "footer .source")),
      ].filter(Boolean);
      for (const t of shown) expect(printed, `"${t}" is not in the SVG`).toContain(squash(t));
    });
  }
});

describe("<pa-ranking order> (the server's figure was highest first whatever the widget drew)", () => {
  for (const order of ["asc", "desc"] as const) {
    it(`should list the provinces in the widget's order in the SVG (order=${order})`, async () => {
      const attrs = { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en", order };
      const element = mount("pa-ranking", { api, ...attrs });
      await once(element, "pa-load");
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // The widget's table: rank, name, group, value; its rows in the order the bars are drawn.
      const rows = shadowAll(element, "tbody tr").map((r) => rowText(r).split(" "));
      const shown = shadowAll(element, "tbody tr").map((r) => text(r.children[1]));
      expect(shown.length).toBeGreaterThan(20);
      expect(rows[0]?.[0]).toBe(order === "asc" ? String(shown.length) : "1");
      const res = await fetch(`${api}/v1/charts/ranking.svg?${new URLSearchParams(attrs)}`);
      expect(res.status).toBe(200);
      const doc = new DOMParser().parseFromString(await res.text(), "image/svg+xml");
      // The names left of the bars (right-aligned, 12 px), top to bottom.
      const names = [...doc.querySelectorAll('text[text-anchor="end"][font-size="12"]')].map((t) => t.textContent);
      expect(names).toEqual(shown);
      expect(doc.querySelector("svg > desc")?.textContent).toBe(shadow(element, "#summary")?.textContent);
    });
  }
});
