/**
 * @module Attributes the element cannot follow get a visible message naming the values it accepts, in the
 * widget's language — a typo (`lang="cn"`, `theme="drak"`, `kind="pie"`), a value the API refuses (its problem's
 * `allowed` member), or a filter that matches nothing in the dataset (its coverage) — instead of silence or
 * "No data for this selection".
 */
import type { WidgetLang } from "./i18n";

/** The `kind`s each element draws (elements without kinds are not checked). */
const KINDS: Record<string, readonly string[]> = { "pa-chart": ["line", "area", "bar"], "pa-share": ["bar", "area"] };

const SHOWN = 12;

/** `name="value"` is not one of `allowed`, said in `lang` (a long list is cut, with its length). */
export function notAllowed(name: string, value: string, allowed: readonly string[], lang: WidgetLang): string {
  const zh = lang === "zh";
  const more = allowed.length > SHOWN;
  const list = allowed.slice(0, SHOWN).join(zh ? "、" : ", ");
  const tail = more ? (zh ? `……（共${allowed.length}个）` : `, … (${allowed.length} in all)`) : "";
  return zh ? `${name}="${value}" 无效。可用值：${list}${tail}。` : `${name}="${value}" is not valid. Allowed: ${list}${tail}.`;
}

/** The first attribute of `element` that names no value it accepts, as a message; `undefined` when all are fine. */
export function attributeProblem(element: Element, lang: WidgetLang): string | undefined {
  const own = element.getAttribute("lang");
  // The reader cannot know which language a wrong tag meant: both.
  if (own !== null && own !== "" && !/^(zh|en)(-|$)/i.test(own))
    return `${notAllowed("lang", own, ["zh", "en"], "zh")} ${notAllowed("lang", own, ["zh", "en"], "en")}`;
  const checks: [string, readonly string[] | undefined][] = [
    ["theme", ["light", "dark"]],
    ["kind", KINDS[element.localName]],
  ];
  for (const [name, allowed] of checks) {
    const value = element.getAttribute(name);
    if (allowed && value !== null && value !== "" && !allowed.includes(value)) return notAllowed(name, value, allowed, lang);
  }
  return undefined;
}

/** The API's problem members that say what a parameter accepts. */
export interface Refusal {
  param?: string;
  allowed?: readonly string[];
}

/** Why a filter attribute matched nothing, found by the views chunk in the dataset's coverage. */
export interface Unmatched {
  param: string;
  value: string;
  allowed: readonly string[];
}
