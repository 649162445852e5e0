/**
 * @module The classic (non-module) loader, `/widgets/<version>/loader.js` and `/widgets/v1-loader.js`. Old
 * Chromium cores (domestic browsers on Chromium 70–93) load ES modules but fail to parse the modern entry's
 * ES2022 syntax, which leaves a blank box. This script parses everywhere and adds one module script: the modern
 * entry where the browser has ES2023's well-formed-string methods (every engine that has those also parses
 * ES2022: Chrome 111, Firefox 119, Safari 16.4), else the legacy entry (lowered for Chrome 70, with polyfills)
 * where the browser has modules, custom elements, shadow DOM and ES2019's `Symbol#description` (Chrome 70,
 * Firefox 63, Safari 12.1), else nothing — the fallback content inside each element then stays. Detection uses
 * no `eval`, so strict CSPs allow it. `data-build="modern|legacy"` on the script forces a variant (for tests).
 * The paths and SRI hashes of both entries are written in by the build, so the loader's hash covers them.
 */

/** The modern entry, relative to this script, and its SRI hash (defined by scripts/build/widgets.ts). */
declare const __PA_MODERN__: { path: string; integrity: string };
/** The legacy entry, relative to this script, and its SRI hash (defined by scripts/build/widgets.ts). */
declare const __PA_LEGACY__: { path: string; integrity: string };

(() => {
  const self = document.currentScript;
  if (!(self instanceof HTMLScriptElement) || !self.src) return;
  const forced = self.getAttribute("data-build");
  const modern = forced ? forced === "modern" : "isWellFormed" in String.prototype;
  const legacy =
    "noModule" in HTMLScriptElement.prototype &&
    "customElements" in window &&
    "attachShadow" in Element.prototype &&
    "description" in Symbol.prototype;
  const pick = modern ? __PA_MODERN__ : legacy ? __PA_LEGACY__ : undefined;
  if (!pick) return;
  const script = document.createElement("script");
  script.type = "module";
  script.src = new URL(pick.path, self.src).href;
  script.integrity = pick.integrity;
  script.crossOrigin = "anonymous";
  (document.head ?? document.documentElement).appendChild(script);
})();
