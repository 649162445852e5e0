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

/**
 * What an element holds until it upgrades (JS off, script blocked, old browser, API down on a first visit): the
 * static figure as an image whose alt text is the figure's summary, and links to the dataset page and its CSV.
 * The element's shadow root has no slot while it works, so these children are not drawn next to the live figure;
 * its error state shows them again.
 */
export interface Fallback {
  /** URL of the static SVG figure. */
  img: string;
  alt: string;
  width: number;
  height: number;
  page: { href: string; label: string };
  csv: { href: string; label: string };
}

const escapeCode = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const escText = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The fallback's markup (see {@link Fallback}). */
export function fallbackSource(f: Fallback): string {
  return `<img src="${escText(f.img)}" alt="${escText(f.alt)}" width="${f.width}" height="${f.height}"><a href="${escText(f.page.href)}">${escText(f.page.label)}</a> · <a href="${escText(f.csv.href)}">${escText(f.csv.label)}</a>`;
}

/** A live element on the page, holding its fallback when given. */
export function widget(tag: string, attributes: WidgetAttributes, fallback?: Fallback): Html {
  return raw(elementSource(tag, attributes, fallback));
}

/** The element's source text, as a reader would paste it (with its fallback inside when given). */
export function elementSource(tag: string, attributes: WidgetAttributes, fallback?: Fallback): string {
  const name = checkTag(tag);
  return `<${name}${attributeText(attributes)}>${fallback ? `\n  ${fallbackSource(fallback)}\n` : ""}</${name}>`;
}

/**
 * The snippet a reader copies: the loader's script tag (classic, so old Chromium cores run it) with its SRI hash and the element, as escaped text inside a
 * `<pre><code>` (the origin is filled in for the reader's deployment by the site script).
 */
export function snippet(tag: string, attributes: WidgetAttributes, script: { path: string; integrity: string }, fallback?: Fallback): Html {
  // The fallback's URLs are root-relative on the site; pasted elsewhere they need the origin, filled in like the script's.
  const token = "\u0000origin\u0000";
  const absolute = fallback && {
    ...fallback,
    img: token + fallback.img,
    page: { ...fallback.page, href: token + fallback.page.href },
    csv: { ...fallback.csv, href: token + fallback.csv.href },
  };
  const origin = shownUrl("", "https://HOST").toString();
  const element = escapeCode(elementSource(tag, attributes, absolute))
    .split(token)
    .join(origin);
  return html`<pre class="snippet"><code>&lt;script async src="${shownUrl(script.path, "https://HOST")}" integrity="${script.integrity}" crossorigin="anonymous"&gt;&lt;/script&gt;
${raw(element)}</code></pre>`;
}
