/**
 * @module Absolute URLs in generated pages. The build does not know where the site is deployed: set
 * `PA_SITE_ORIGIN` (e.g. `https://atlas.example`) to write absolute URLs; otherwise pages carry a
 * `<span data-origin>` that `/js/site.js` fills with `location.origin`, and JSON-LD uses URLs relative to the page
 * (valid JSON-LD: relative IRIs resolve against the document's URL).
 */
import { type Html, html } from "./html";

/** The deployment origin given to the build, without a trailing slash, or `""`. */
export const SITE_ORIGIN = (process.env.PA_SITE_ORIGIN ?? "").replace(/\/+$/, "");

/** A URL for data (JSON-LD): absolute when the origin is known, else a root-relative path. */
export const dataUrl = (path: string): string => `${SITE_ORIGIN}${path}`;

/**
 * Markup for a URL shown to readers (citations, snippets): the origin, or a placeholder that the site script
 * replaces with the page's origin (`fallback` is what a reader without JavaScript sees).
 */
export function shownUrl(path: string, fallback = ""): Html {
  if (SITE_ORIGIN) return html`${SITE_ORIGIN}${path}`;
  return html`<span data-origin>${fallback}</span>${path}`;
}

/** The same as text, for places that cannot hold markup (e.g. copy buttons' data); uses `origin` if known. */
export const textUrl = (path: string, origin = SITE_ORIGIN || "https://HOST"): string => `${origin}${path}`;
