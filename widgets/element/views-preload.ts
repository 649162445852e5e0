/**
 * @module Starts fetching the shared views as soon as an element is connected. The build splits the views
 * group into one file per element view and the shared chunks every view imports (scripts/build/widgets.ts);
 * the element imports its view file itself, and without this the shared chunks would be requested only once
 * the view file had arrived and been parsed: one round trip more before the first draw. `import()` rather than
 * `<link rel="modulepreload">`: it leaves the host's document alone, and a chunk evaluated early costs nothing (it
 * only defines). The list is written in by the build; in source (tests, type checks) there is none and this does
 * nothing.
 */

/** The shared chunks every view imports, relative to this script (defined by scripts/build/widgets.ts). */
declare const __PA_VIEWS__: string[] | undefined;

let started = false;

/** Imports the shared views' chunks, once per page; a failure is left to the view file that imports them. */
export function preloadViews(): void {
  if (started || typeof __PA_VIEWS__ === "undefined") return;
  started = true;
  for (const file of __PA_VIEWS__) import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => undefined);
}
