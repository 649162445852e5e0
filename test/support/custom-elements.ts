/**
 * @module The tests' element lists read from a Custom Elements Manifest (`custom-elements.json`, which the build
 * derives from the element table, widgets/elements.ts): tests that run outside the browser (site tests, the
 * extension path) cannot import the element classes, so they read which elements exist and which draw a chart here.
 */

type Member = { name: string; static?: boolean; default?: string };
type Declaration = { tagName?: string; members?: Member[] };

const declarations = (cem: unknown): Declaration[] =>
  (cem as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

/** Every element's tag, in the manifest's order. */
export const elementTags = (cem: unknown): string[] => declarations(cem).flatMap((d) => (d.tagName ? [d.tagName] : []));

/**
 * The tags of the elements drawn with Chart.js: their static `drawsChart` (own or inherited from the bases) is
 * true, so they fire `pa-draw` once painted.
 */
export const chartTags = (cem: unknown): string[] =>
  declarations(cem)
    .filter((d) => d.tagName && d.members?.some((m) => m.static && m.name === "drawsChart" && m.default === "true"))
    .map((d) => d.tagName as string);
