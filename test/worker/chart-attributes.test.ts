/**
 * The charts Worker takes each element's attributes as the element figures table says (figure/element-figures.ts):
 * every `kind` value of every element draws, a `kind` an element lacks is refused naming the element's values, and
 * a parameter that is not one of the element's attributes is refused naming exactly the element's attributes and
 * the image's. Measured before: `<pa-share kind="area">`'s fallback image (`share.svg?…&kind=area`) was a 400 (the
 * Worker took `kind` for `chart` only), and its lists of parameters per element were written by hand beside the
 * widget's list of kinds.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ELEMENT_FIGURES, kindsOf, serverAttributes } from "../../figure/element-figures";

const get = (path: string) => SELF.fetch(`https://atlas.test${path}`);
const DATA = "dataset=province-gdp@1.0.0&region=CN-GD,CN-JS,CN-SD";
const THEIL = `indicator=theil-t&params=${encodeURIComponent(
  "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group",
)}`;
const baseQuery = (tag: string) => (ELEMENT_FIGURES[tag]?.figure === "indicator" ? THEIL : DATA);

describe("the charts Worker's parameters, from the element figures table", () => {
  for (const tag of Object.keys(ELEMENT_FIGURES)) {
    const element = tag.slice(3);
    for (const kind of kindsOf(tag) ?? [])
      it(`should draw ${element} kind=${kind}`, async () => {
        const res = await get(`/v1/charts/${element}.svg?${baseQuery(tag)}&kind=${kind}`);
        expect(res.status, await res.clone().text()).toBe(200);
        expect(await res.text()).toMatch(/^<svg /);
      });

    for (const preset of ELEMENT_FIGURES[tag]?.presets ?? [])
      it(`should draw ${element}'s builder preset ${new URLSearchParams(preset.fixed)}`, async () => {
        const res = await get(`/v1/charts/${element}.svg?dataset=province-gdp@1.0.0&measure=gdp&${new URLSearchParams(preset.fixed)}`);
        expect(res.status, await res.clone().text()).toBe(200);
      });

    it(`should refuse a kind ${element} does not draw, naming its kinds`, async () => {
      const res = await get(`/v1/charts/${element}.svg?${baseQuery(tag)}&kind=pie`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { param?: string; allowed?: string[] };
      expect(body.param).toBe("kind");
      if (kindsOf(tag)) expect(body.allowed).toEqual(kindsOf(tag));
    });

    it(`should take exactly ${element}'s attributes (and width, height)`, async () => {
      const res = await get(`/v1/charts/${element}.svg?${baseQuery(tag)}&colour=red`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { param?: string; allowed?: string[] };
      expect(body.param).toBe("colour");
      expect(body.allowed?.sort()).toEqual([...(serverAttributes(tag) ?? []), "width", "height"].sort());
    });
  }
});
