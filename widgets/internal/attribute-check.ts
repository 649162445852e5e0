/**
 * @module Attributes the element cannot follow — a typo such as `lang="cn"`, `theme="drak"` or `kind="pie"` —
 * found before anything loads. The message naming the allowed values is written by the views chunk
 * (views/not-allowed.ts), which also words the API's refusals and the filters that match nothing: the entry
 * stays small.
 */

/** The `kind`s each element draws (elements without kinds are not checked). */
const KINDS: Record<string, string[]> = { "pa-chart": ["line", "area", "bar"], "pa-share": ["bar", "area"] };

/** An attribute, the value it was given and the values it accepts. */
export type BadAttribute = [name: string, value: string, allowed: string[]];

/** The first attribute of `element` that names no value it accepts; `undefined` when all are fine. */
export function badAttribute(element: Element): BadAttribute | undefined {
  const checks: [string, string[] | undefined][] = [
    ["lang", ["zh", "en"]],
    ["theme", ["light", "dark"]],
    ["kind", KINDS[element.localName]],
  ];
  for (const [name, allowed] of checks) {
    const value = element.getAttribute(name);
    // Any zh-* or en-* tag is a language (zh-CN, en-GB).
    if (allowed && value && !allowed.includes(name === "lang" ? value.slice(0, 2).toLowerCase() : value)) return [name, value, allowed];
  }
  return undefined;
}
