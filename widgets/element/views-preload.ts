/**
 * @module Starts fetching the shared chunks an element's views need as soon as the element is connected. The
 * build splits the views group into the shared views, one file per element view and the shared chunks those
 * import (scripts/build/widgets.ts); the element imports its view file and the shared views itself, and
 * without this each shared chunk would be requested only once a file importing it had arrived and been
 * parsed: one round trip more before the first draw. The lists are written in by the build (`ViewsPreloads`);
 * in source (tests, type checks) there are none and this does nothing.
 */

/** The views group's shared chunks, relative to this script (defined by scripts/build/widgets.ts). */
declare const __PA_VIEWS__: { base: string; all: string[]; tags: Record<string, string[]> } | undefined;

const started = new Set<string>();

/** Imports (once per page) the shared chunks the element `tag` needs; a failure is left to the import that needs the module. */
export function preloadViews(tag: string): void {
  if (typeof __PA_VIEWS__ !== "object") return;
  const { base, all, tags } = __PA_VIEWS__;
  for (const name of [...all, ...(tags[tag] ?? [])]) {
    if (started.has(name)) continue;
    started.add(name);
    import(/* @vite-ignore */ new URL(`${base}${name}.js`, import.meta.url).href).catch(() => started.delete(name));
  }
}
