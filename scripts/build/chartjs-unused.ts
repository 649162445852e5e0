/**
 * @module An esbuild plugin for the chart chunk: lets the bundler drop the Chart.js scales no widget registers.
 * Chart.js ships as one ES module; its scale classes carry static fields whose initializers read other objects
 * (`static defaults = { ticks: { callback: Ticks.formatters.logarithmic } }`), which esbuild must assume may have
 * side effects, so it keeps the logarithmic, radial, time and time-series scales (~6 kB gzip) although nothing
 * uses them. Each of those classes is wrapped in a `/* @__PURE__ *\/` arrow call, which the bundler drops when the
 * class is unreferenced. A Chart.js whose source no longer has one of these classes fails the build, so the list
 * is revisited on upgrade.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "esbuild";

/** The Chart.js classes no widget registers (widgets/chart/chart-chunk.ts registers linear and category scales). */
export const UNUSED_CHARTJS_CLASSES = ["LogarithmicScale", "RadialLinearScale", "TimeScale", "TimeSeriesScale"];

/** `source` (Chart.js's dist/chart.js) with each top-level `class <name> extends …` of `names` marked pure. */
export function markClassesPure(source: string, names: readonly string[]): string {
  let text = source;
  for (const name of names) {
    const start = text.indexOf(`\nclass ${name} extends `);
    // The class body ends at the first closing brace in column 0 (the file is Chart.js's unminified build).
    const end = start < 0 ? -1 : text.indexOf("\n}\n", start);
    if (end < 0) throw new Error(`chart.js: no top-level class ${name} (update scripts/build/chartjs-unused.ts)`);
    const body = text.slice(start + 1, end + 2);
    text = `${text.slice(0, start)}\nconst ${name} = /* @__PURE__ */ (() => ${body})();\n${text.slice(end + 3)}`;
  }
  return text;
}

/** The plugin: applies {@link markClassesPure} to Chart.js's ES module when it is bundled. */
export function chartjsUnusedScales(names: readonly string[] = UNUSED_CHARTJS_CLASSES): Plugin {
  return {
    name: "pa-chartjs-unused",
    setup(b) {
      b.onLoad({ filter: /[\\/]chart\.js[\\/]dist[\\/]chart\.js$/ }, (args) => ({
        contents: markClassesPure(readFileSync(args.path, "utf8"), names),
        loader: "js",
      }));
    },
  };
}
