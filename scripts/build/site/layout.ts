/**
 * @module The shell every generated page shares: head (no inline script or style, so the strict CSP in
 * `site/_headers` holds), skip link, navigation with the language switch, main content and footer.
 */
import { type Html, html, jsonForScript } from "./html";
import { href, LANG_TAG, type Language, otherLanguage, t } from "./i18n";
import { dataUrl } from "./origin";

/** Top-level sections, for `aria-current` in the navigation. */
export type Section = "home" | "datasets" | "indicators" | "gallery" | "search";

/** What a page says about itself. */
export interface PageOptions {
  lang: Language;
  /** The page's path in Chinese (the root); the English path is derived from it. */
  path: string;
  title: string;
  description: string;
  section?: Section;
  body: Html;
  /** Loads the widgets through the classic loader `/widgets/v1-loader.js` (pages that show live charts): modern
   * browsers get the module, old Chromium cores the legacy build. */
  widgets?: boolean;
  /** Extra module scripts (site paths such as `/js/builder.js`). */
  scripts?: string[];
  /** The social card (a 1200×630 PNG path); pages without their own use the site's card. */
  image?: string;
  /** Announces the page's oEmbed endpoint (`/oembed?url=…`) for embedding in CMSs. */
  oembed?: boolean;
  /** schema.org data, written as a JSON-LD block (data, not script: CSP does not apply). */
  jsonLd?: unknown;
  /** Change feeds of what the page shows (a dataset's), announced besides the catalog's. */
  feeds?: { title: string; atom: string; json: string };
}

/** The catalog's change feeds (served by the API, same origin). */
const CATALOG_FEEDS = { atom: "/v1/changes.atom", json: "/v1/changes.json" };

/** Where the API reference lives (served by the API's own pages). */
export const DOCS_PATH = "/docs/";

const NAV: { section: Section; path: string; label: "home" | "datasets" | "indicators" | "gallery" }[] = [
  { section: "home", path: "/", label: "home" },
  { section: "datasets", path: "/datasets/", label: "datasets" },
  { section: "indicators", path: "/indicators/", label: "indicators" },
  { section: "gallery", path: "/gallery/", label: "gallery" },
];

/** The site-wide card, for pages without a figure of their own (written by scripts/build/charts.ts). */
export const SITE_CARD = (lang: Language): string => `/charts/site.${lang}.card.png`;

/**
 * Open Graph and Twitter card meta (large image card, 1200×630 PNG) and, on pages with a figure, oEmbed
 * discovery links. Crawlers need absolute URLs: they are absolute when the build knows its origin (PA_SITE_ORIGIN).
 */
function social(options: PageOptions, title: string): Html {
  const image = dataUrl(options.image ?? SITE_CARD(options.lang));
  const page = dataUrl(href(options.lang, options.path));
  const oembed = (format: "json" | "xml") => dataUrl(`/oembed?url=${encodeURIComponent(page)}&format=${format}`);
  return html`<meta property="og:type" content="website">
<meta property="og:site_name" content="${t("siteName", options.lang)}">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${options.description}">
<meta property="og:url" content="${page}">
<meta property="og:image" content="${image}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:locale" content="${options.lang === "zh" ? "zh_CN" : "en_US"}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${options.title}">
<meta name="twitter:image" content="${image}">
${
  options.oembed
    ? html`<link rel="alternate" type="application/json+oembed" href="${oembed("json")}" title="${title}">
<link rel="alternate" type="text/xml+oembed" href="${oembed("xml")}" title="${title}">
`
    : ""
}`;
}

/** Renders a whole HTML document. */
export function page(options: PageOptions): string {
  const { lang, path } = options;
  const other = otherLanguage(lang);
  const siteName = t("siteName", lang);
  const title = options.section === "home" ? `${siteName} — ${t("tagline", lang)}` : `${options.title} — ${siteName}`;
  const scripts = ["/js/site.js", ...(options.scripts ?? [])];
  const doc = html`<!doctype html>
<html lang="${LANG_TAG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<meta name="description" content="${options.description}">
<link rel="canonical" href="${href(lang, path)}">
<link rel="alternate" hreflang="zh-Hans" href="${href("zh", path)}">
<link rel="alternate" hreflang="en" href="${href("en", path)}">
<link rel="alternate" hreflang="x-default" href="${href("zh", path)}">
<link rel="alternate" type="application/atom+xml" title="${t("feedAll", lang)} (Atom)" href="${CATALOG_FEEDS.atom}">
<link rel="alternate" type="application/feed+json" title="${t("feedAll", lang)} (JSON Feed)" href="${CATALOG_FEEDS.json}">
${
  options.feeds
    ? html`<link rel="alternate" type="application/atom+xml" title="${options.feeds.title} (Atom)" href="${options.feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${options.feeds.title} (JSON Feed)" href="${options.feeds.json}">
`
    : ""
}${social(options, title)}<link rel="stylesheet" href="/site.css">
${options.widgets ? html`<script async src="/widgets/v1-loader.js"></script>\n` : ""}${scripts.map((src) => html`<script type="module" src="${src}"></script>\n`)}${
  options.jsonLd ? html`<script type="application/ld+json">${jsonForScript(options.jsonLd)}</script>\n` : ""
}</head>
<body>
<a class="skip" href="#main">${t("skip", lang)}</a>
<header class="masthead">
<a class="brand" href="${href(lang, "/")}">${t("siteName", "zh")} <span lang="en">Prosperity Atlas</span></a>
<nav aria-label="${t("navLabel", lang)}">
<ul>
${NAV.map(
  (item) =>
    html`<li><a href="${href(lang, item.path)}"${options.section === item.section ? html` aria-current="page"` : ""}>${t(item.label, lang)}</a></li>\n`,
)}<li><a href="${DOCS_PATH}">${t("apiDocs", lang)}</a></li>
<li><a class="lang-switch" href="${href(other, path)}" hreflang="${LANG_TAG[other]}" lang="${LANG_TAG[other]}">${t("switchTo", lang)}</a></li>
</ul>
</nav>
<form class="site-search" role="search" aria-label="${t("searchBox", lang)}" action="${href(lang, "/search/")}" method="get">
<label class="visually-hidden" for="site-q">${t("searchLabel", lang)}</label>
<input id="site-q" name="q" type="search" maxlength="100" autocomplete="off" placeholder="${t("searchSite", lang)}">
<button type="submit">${t("searchSite", lang)}</button>
</form>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>${t("footer", lang)}</p>
<p><a href="${href(lang, "/accessibility/")}">${lang === "zh" ? "无障碍声明" : "Accessibility statement"}</a> · <a href="${href(lang, "/gallery/")}#portals">${lang === "zh" ? "无障碍、内容安全策略与隐私说明" : "Accessibility, CSP and privacy"}</a> · <a href="/v1">API /v1</a></p>
</footer>
</body>
</html>
`;
  return doc.value;
}
