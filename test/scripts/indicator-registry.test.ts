/**
 * The build step that writes the indicator registry (`_data/indicators.json`) the worker serves and reads its
 * texts from: one valid entry per definition and per view, in their order, with every parameter described.
 */
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { IndicatorInfo, IndicatorView } from "../../schemas/indicator";
import { buildIndicatorRegistry } from "../../scripts/build/indicators";
import { DEFINITIONS } from "../../worker/indicators/definitions";
import { parameterNames } from "../../worker/indicators/parameter-docs";
import { VIEWS } from "../../worker/indicators/views";

describe("the indicator registry document", () => {
  const registry = buildIndicatorRegistry();

  it("should hold one valid entry per definition and per view, in their order", () => {
    expect(registry.indicators.map((i) => i.id)).toEqual(DEFINITIONS.map((d) => d.id));
    expect(registry.views.map((x) => [x.id, x.indicator, x.query])).toEqual(VIEWS.map((x) => [x.id, x.indicator, x.query]));
    for (const entry of registry.indicators) expect(v.safeParse(IndicatorInfo, entry).issues, entry.id).toBeUndefined();
    for (const entry of registry.views) expect(v.safeParse(IndicatorView, entry).issues, entry.id).toBeUndefined();
  });

  it("should carry each definition's method version and describe each of its parameters", () => {
    for (const d of DEFINITIONS) {
      const entry = registry.indicators.find((i) => i.id === d.id);
      expect(entry?.method.version, d.id).toBe(d.method.version);
      const documented = entry?.parameters.map((p) => p.name) ?? [];
      expect(documented.slice(0, parameterNames(d).length), d.id).toEqual(parameterNames(d));
    }
  });
});
