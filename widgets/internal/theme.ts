/**
 * @module Light or dark: forced by the element's `theme` attribute, else the host page's own choice
 * (`data-theme` on an ancestor, or a one-sided `color-scheme`), else the reader's `prefers-color-scheme`.
 * One shared watcher re-renders every widget when any of these change.
 */

/** The colour scheme a widget draws in. */
export type Scheme = "light" | "dark";

const darkQuery = () => matchMedia("(prefers-color-scheme: dark)");

/** The scheme for `element`, whose own `theme` attribute is `theme`. */
export function resolveScheme(element: Element, theme: string | null | undefined): Scheme {
  // Paper is light: a dark widget would print as a black box.
  if (matchMedia("print").matches) return "light";
  if (theme === "light" || theme === "dark") return theme;
  const themed = element.parentElement?.closest("[data-theme]")?.getAttribute("data-theme");
  if (themed === "light" || themed === "dark") return themed;
  // `color-scheme` inherits: the host's computed value is what the page declared for this spot.
  const declared = getComputedStyle(element).colorScheme.split(/\s+/);
  const dark = declared.includes("dark");
  const light = declared.includes("light");
  if (dark !== light) return dark ? "dark" : "light";
  return darkQuery().matches ? "dark" : "light";
}

/** Whether the reader asked for less motion. */
export const reducedMotion = (): boolean => matchMedia("(prefers-reduced-motion: reduce)").matches;

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

const notify = () => {
  for (const w of watchers) w();
};

/** Calls `onChange` when the page's theme may have changed; returns the function that stops watching. */
export function watchScheme(onChange: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    for (const node of [document.documentElement, document.body].filter(Boolean))
      observer.observe(node, { attributes: true, attributeFilter: ["data-theme", "class", "style"] });
    darkQuery().addEventListener("change", notify);
    matchMedia("print").addEventListener("change", notify);
  }
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}
