/**
 * @module The language of a response: `lang=` if given, else the best of zh/en by `Accept-Language` (RFC 9110
 * §12.5.4, quality weights honoured, `q=0` excludes; a tag matches by RFC 4647 lookup, so `zh-Hans-CN` → zh),
 * else en.
 */

import type { Language } from "../../schemas";
import { parseAccept } from "./accept";

const SUPPORTED: readonly Language[] = ["zh", "en"];

/** The supported language a language range falls back to (`zh-CN` → zh), if any. */
function lookup(range: string): Language | undefined {
  const subtags = range.split("-");
  while (subtags.length > 0) {
    const tag = subtags.join("-");
    const found = SUPPORTED.find((s) => s === tag);
    if (found) return found;
    subtags.pop();
  }
  return undefined;
}

/** Picks zh or en for a request. */
export function requestLanguage(url: URL, acceptLanguage: string | null | undefined): Language {
  const explicit = url.searchParams.get("lang");
  if (explicit === "zh" || explicit === "en") return explicit;
  // parseAccept orders by quality (stable for equal q); ranges with q=0 are "not acceptable".
  for (const { type, q } of parseAccept(acceptLanguage ?? "")) {
    if (q <= 0) continue;
    if (type === "*") return "en";
    const language = lookup(type);
    if (language) return language;
  }
  return "en";
}
