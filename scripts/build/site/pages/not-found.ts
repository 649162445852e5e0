/**
 * @module `/404.html` and `/en/404.html`: the page an unknown address answers with (status 404), in the language of
 * its folder. Workers static assets serve the nearest `404.html` (`not_found_handling = "404-page"` in
 * wrangler.toml), so a mistyped page gets a page, not the API's problem+json.
 */
import { html } from "../html";
import { href, type Language } from "../i18n";
import { page } from "../layout";

const TEXT = {
  zh: {
    title: "页面不存在",
    lead: "此地址没有页面。可能链接有误，或页面已移动。",
    links: [
      ["/", "首页"],
      ["/datasets/", "数据集目录"],
      ["/indicators/", "指标"],
    ],
  },
  en: {
    title: "Page not found",
    lead: "There is no page at this address. The link may be wrong, or the page has moved.",
    links: [
      ["/", "Home"],
      ["/datasets/", "Dataset catalog"],
      ["/indicators/", "Indicators"],
    ],
  },
} as const;

/** The not-found page in `lang`. */
export function notFoundPage(lang: Language): string {
  const text = TEXT[lang];
  return page({
    lang,
    path: "/404.html",
    title: text.title,
    description: text.lead,
    body: html`<h1>${text.title}</h1>
<p>${text.lead}</p>
<ul>
${text.links.map(([path, label]) => html`<li><a href="${href(lang, path)}">${label}</a></li>\n`)}<li><a href="/docs/api">API</a></li>
</ul>`,
  });
}
