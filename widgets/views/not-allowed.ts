/**
 * @module The message for an attribute the element cannot follow, naming the values it accepts, in the
 * widget's language: a typo (`theme="drak"`), a value the API refused (its problem's `allowed`), a filter that
 * matches nothing (the dataset's coverage). A wrong `lang` is said in both languages: the reader cannot know
 * which one it meant.
 */
import { kindsOf } from "../../figure/element-figures";
import type { WidgetLang } from "../internal/i18n";

const SHOWN = 12;

/** `name="value"` is not one of `allowed`, in `lang` (a long list is cut, with its length). */
export function notAllowed(name: string, value: string, allowed: readonly string[], lang: WidgetLang): string {
  return name === "lang" ? `${said(name, value, allowed, "zh")} ${said(name, value, allowed, "en")}` : said(name, value, allowed, lang);
}

function said(name: string, value: string, allowed: readonly string[], lang: WidgetLang): string {
  const zh = lang === "zh";
  const list = allowed.slice(0, SHOWN).join(zh ? "、" : ", ");
  const tail = allowed.length > SHOWN ? (zh ? `……（共${allowed.length}个）` : `, … (${allowed.length} in all)`) : "";
  return zh ? `${name}="${value}" 无效。可用值：${list}${tail}。` : `${name}="${value}" is not valid. Allowed: ${list}${tail}.`;
}

/**
 * The API's refusal of an attribute's value (a problem naming `param` and its `allowed` values) as a message
 * about the attribute; `undefined` when the problem names no allowed values of an attribute the element has.
 */
export function refused(problem: unknown, element: Element, lang: WidgetLang): string | undefined {
  const { param, allowed } = problem as { param?: unknown; allowed?: unknown };
  // A version the catalog does not have was given in the `dataset` attribute (`id@version`).
  const name = param === "version" ? "dataset" : String(param);
  const value = element.getAttribute(name);
  if (!value || !Array.isArray(allowed) || allowed.length === 0) return undefined;
  return notAllowed(name, value, allowed.map(String), lang);
}

/**
 * The first attribute of `element` that names no value it accepts — `lang="cn"`, `theme="drak"`, `kind="pie"`
 * — as a message; `undefined` when all are fine. Checked once the data is in: the element's key includes these
 * attributes, so fixing one loads again.
 */
export function badAttribute(element: Element, lang: WidgetLang): string | undefined {
  const checks: [string, string[] | undefined][] = [
    ["lang", ["zh", "en"]],
    ["theme", ["light", "dark"]],
    // The `kind`s each element draws: the element figures table (elements without kinds are not checked).
    ["kind", kindsOf(element.localName)],
  ];
  for (const [name, allowed] of checks) {
    const value = element.getAttribute(name);
    // Any zh-* or en-* tag is a language (zh-CN, en-GB).
    if (allowed && value && !allowed.includes(name === "lang" ? value.slice(0, 2).toLowerCase() : value))
      return notAllowed(name, value, allowed, lang);
  }
  return undefined;
}
