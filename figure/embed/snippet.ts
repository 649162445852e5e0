/**
 * @module The embed snippet's text, written in one place for every place that shows one: the generated pages
 * (scripts/build/site/widgets.ts escapes it into `<pre><code>`), the live embed builder (site/js/builder.ts) and
 * `npm run widgets:snippet`. A snippet is the classic loader's script tag pinned by its SRI hash, then the element
 * holding its fallback (an image of the same figure and links, shown until — or unless — the element upgrades).
 */

/** The script a snippet loads: a path on the widgets' origin and its Subresource Integrity hash. */
export interface EmbedScript {
  path: string;
  integrity: string;
}

/** Attributes of a widget element, in the order they are written; empty values are left out. */
export type WidgetAttributes = Record<string, string | undefined>;

/**
 * What an element holds until it upgrades (JS off, script blocked, old browser, API down on a first visit): the
 * static figure as an image whose alt text is the figure's summary, and links to the dataset page and its CSV.
 */
export interface Fallback {
  /** URL of the static SVG figure. */
  img: string;
  alt: string;
  /** The image's size, when known (it reserves the space before the image loads). */
  width?: number;
  height?: number;
  page: { href: string; label: string };
  csv: { href: string; label: string };
}

/** Escapes text for a double-quoted attribute or element content. */
export const escapeText = (value: string): string => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Attributes as HTML source (` a="b"`), escaped for a double-quoted attribute. */
export function attributeText(attributes: WidgetAttributes | readonly (readonly [string, string])[]): string {
  const entries = Array.isArray(attributes) ? attributes : Object.entries(attributes);
  return entries
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "")
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
    .join("");
}

/** The fallback's markup (see {@link Fallback}). */
export function fallbackSource(f: Fallback): string {
  const size = f.width !== undefined && f.height !== undefined ? ` width="${f.width}" height="${f.height}"` : "";
  return `<img src="${escapeText(f.img)}" alt="${escapeText(f.alt)}"${size}><a href="${escapeText(f.page.href)}">${escapeText(f.page.label)}</a> · <a href="${escapeText(f.csv.href)}">${escapeText(f.csv.label)}</a>`;
}

function checkTag(tag: string): string {
  if (!/^pa-[a-z-]+$/.test(tag)) throw new Error(`not a widget tag: ${tag}`);
  return tag;
}

/** The element's source text, as a reader would paste it (with its fallback inside when given). */
export function elementSource(
  tag: string,
  attributes: WidgetAttributes | readonly (readonly [string, string])[],
  fallback?: Fallback,
): string {
  const name = checkTag(tag);
  return `<${name}${attributeText(attributes)}>${fallback ? `\n  ${fallbackSource(fallback)}\n` : ""}</${name}>`;
}

/** The classic loader's script tag (old Chromium cores run it too), pinned by its SRI hash. */
export const loaderScriptTag = (src: string, integrity: string): string =>
  `<script async src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;

/** The module entry's script tag, for pages that need no old Chromium cores, pinned by its SRI hash. */
export const moduleScriptTag = (src: string, integrity: string): string =>
  `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;

/**
 * The snippet a reader copies: the loader's script tag at `origin` with its SRI hash, then the element. The
 * fallback's URLs are taken as they are (give them the origin too: the snippet is pasted on other sites).
 */
export function snippetText(
  origin: string,
  script: EmbedScript,
  tag: string,
  attributes: WidgetAttributes | readonly (readonly [string, string])[],
  fallback?: Fallback,
): string {
  return `${loaderScriptTag(`${origin}${script.path}`, script.integrity)}\n${elementSource(tag, attributes, fallback)}`;
}
