/**
 * @module Light or dark: forced by the element's `theme` attribute, else the host page's own choice, else the
 * reader's `prefers-color-scheme`. The host's choice is, first to last: `data-theme` on an ancestor, a `dark` or
 * `light` class on `<html>`/`<body>` (the convention of Tailwind and most blog themes), a one-sided CSS
 * `color-scheme` at the element, a one-sided `<meta name="color-scheme">`. One shared watcher re-renders every
 * widget when any of these change, without a reload.
 */

/** The colour scheme a widget draws in. */
export type Scheme = "light" | "dark";

const darkQuery = () => matchMedia("(prefers-color-scheme: dark)");

/** `dark` or `light` when a list of scheme keywords names exactly one of them (`"light dark"` names both). */
function oneSided(keywords: string | null | undefined): Scheme | undefined {
  const words = ` ${keywords} `;
  const dark = words.includes(" dark ");
  return dark === words.includes(" light ") ? undefined : dark ? "dark" : "light";
}

/** The scheme the host page declares by a `dark`/`light` class on `<html>` or `<body>`. */
const classScheme = (): Scheme | undefined => oneSided(`${document.documentElement.className} ${document.body?.className}`);

/** The scheme for `element`, whose own `theme` attribute is `theme`. */
export function resolveScheme(element: Element, theme: string | null | undefined): Scheme {
  // Paper is light: a dark widget would print as a black box.
  if (matchMedia("print").matches) return "light";
  // `color-scheme` inherits: the host's computed value is what the page declared for this spot. The meta tag
  // does not set the property (it stays `normal`), so it is read on its own.
  return (
    oneSided(theme) ??
    oneSided(element.parentElement?.closest("[data-theme]")?.getAttribute("data-theme")) ??
    classScheme() ??
    oneSided(getComputedStyle(element).colorScheme) ??
    oneSided(document.querySelector('meta[name="color-scheme" i]')?.getAttribute("content")) ??
    (darkQuery().matches ? "dark" : "light")
  );
}

/** Whether the reader asked for less motion. */
export const reducedMotion = (): boolean => matchMedia("(prefers-reduced-motion: reduce)").matches;

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

const notify = () => {
  for (const w of watchers) w();
};

/** Observes the nodes whose attributes or children carry the host's theme (again: observing a node twice is once). */
function observe(target: MutationObserver): void {
  // On <head>: a theme switcher may add, remove or rewrite `<meta name="color-scheme">`.
  for (const node of [document.documentElement, document.body, document.head]) {
    if (!node) continue;
    const head = node === document.head;
    target.observe(node, {
      attributes: true,
      childList: head,
      subtree: head,
      attributeFilter: head ? ["content"] : ["data-theme", "class", "style", "lang"],
    });
  }
}

/** Calls `onChange` when the page's theme (or language) may have changed; returns the function that stops watching. */
export function watchScheme(onChange: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    darkQuery().addEventListener("change", notify);
    matchMedia("print").addEventListener("change", notify);
  }
  // Again on every call: a widget loaded from <head> first meets the page before <body> exists.
  observe(observer);
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}
