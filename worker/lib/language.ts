/**
 * @module The language of a response: `lang=` if given, else the first of zh/en in `Accept-Language`, else en.
 */
import type { Language } from "../../schemas";

/** Picks zh or en for a request. */
export function requestLanguage(url: URL, acceptLanguage: string | null | undefined): Language {
  const explicit = url.searchParams.get("lang");
  if (explicit === "zh" || explicit === "en") return explicit;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}
