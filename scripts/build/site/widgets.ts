/**
 * @module Markup of live widget elements and of the snippets that embed them elsewhere.
 */
import {
  attributeText,
  type EmbedScript,
  elementSource,
  type Fallback,
  fallbackSource,
  snippetText,
  type WidgetAttributes,
} from "../../../figure/embed/snippet";
import { type Html, html, raw } from "./html";
import { shownUrl } from "./origin";

export { attributeText, elementSource, type Fallback, fallbackSource, type WidgetAttributes };

const escapeCode = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A live element on the page, holding its fallback when given. */
export function widget(tag: string, attributes: WidgetAttributes, fallback?: Fallback): Html {
  return raw(elementSource(tag, attributes, fallback));
}

/**
 * The snippet a reader copies (figure/embed/snippet.ts: the loader's script tag with its SRI hash and the element),
 * as escaped text inside a `<pre><code>`; the origin is filled in for the reader's deployment by the site script.
 */
export function snippet(tag: string, attributes: WidgetAttributes, script: EmbedScript, fallback?: Fallback): Html {
  // Root-relative URLs on the site; pasted elsewhere they need the origin, filled in like the script's.
  const token = "\u0000origin\u0000";
  const absolute = fallback && {
    ...fallback,
    img: token + fallback.img,
    page: { ...fallback.page, href: token + fallback.page.href },
    csv: { ...fallback.csv, href: token + fallback.csv.href },
  };
  const origin = shownUrl("", "https://HOST").toString();
  const text = escapeCode(snippetText(token, script, tag, attributes, absolute))
    .split(token)
    .join(origin);
  return html`<pre class="snippet"><code>${raw(text)}</code></pre>`;
}
