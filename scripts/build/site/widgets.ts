/**
 * @module Markup of live widget elements and of the snippets that embed them elsewhere.
 */
import { type Html, html, raw } from "./html";
import { shownUrl } from "./origin";

/** Attributes of a widget element, in the order they are written; empty values are left out. */
export type WidgetAttributes = Record<string, string | undefined>;

/** Attributes as HTML source (` a="b"`), escaped for a double-quoted attribute. */
export function attributeText(attributes: WidgetAttributes): string {
  return Object.entries(attributes)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "")
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
    .join("");
}

function checkTag(tag: string): string {
  if (!/^pa-[a-z-]+$/.test(tag)) throw new Error(`not a widget tag: ${tag}`);
  return tag;
}

/** A live element on the page. */
export function widget(tag: string, attributes: WidgetAttributes): Html {
  const name = checkTag(tag);
  return raw(`<${name}${attributeText(attributes)}></${name}>`);
}

/** The element's source text, as a reader would paste it. */
export function elementSource(tag: string, attributes: WidgetAttributes): string {
  const name = checkTag(tag);
  return `<${name}${attributeText(attributes)}></${name}>`;
}

/**
 * The snippet a reader copies: the loader's script tag (classic, so old Chromium cores run it) with its SRI hash and the element, as escaped text inside a
 * `<pre><code>` (the origin is filled in for the reader's deployment by the site script).
 */
export function snippet(tag: string, attributes: WidgetAttributes, script: { path: string; integrity: string }): Html {
  return html`<pre class="snippet"><code>&lt;script async src="${shownUrl(script.path, "https://HOST")}" integrity="${script.integrity}" crossorigin="anonymous"&gt;&lt;/script&gt;
${elementSource(tag, attributes)}</code></pre>`;
}
