/**
 * @module The message for an attribute the element cannot follow, naming the values it accepts, in the
 * widget's language: a typo (`theme="drak"`), a value the API refused (its problem's `allowed`), a filter that
 * matches nothing (the dataset's coverage). A wrong `lang` is said in both languages: the reader cannot know
 * which one it meant.
 */
import type { WidgetLang } from "../internal/i18n";

const SHOWN = 12;

/** `name="value"` is not one of `allowed`, in `lang` (a long list is cut, with its length). */
export function notAllowed(name: string, value: string, allowed: readonly string[], lang: WidgetLang): string {
  if (name === "lang" && !/^(zh|en)/i.test(value))
    return `${notAllowed(name, value, allowed, "zh")} ${notAllowed(name, value, allowed, "en")}`;
  const zh = lang === "zh";
  const list = allowed.slice(0, SHOWN).join(zh ? "、" : ", ");
  const tail = allowed.length > SHOWN ? (zh ? `……（共${allowed.length}个）` : `, … (${allowed.length} in all)`) : "";
  return zh ? `${name}="${value}" 无效。可用值：${list}${tail}。` : `${name}="${value}" is not valid. Allowed: ${list}${tail}.`;
}
