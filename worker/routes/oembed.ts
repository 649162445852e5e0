/**
 * @module `/oembed` (oEmbed 1.0): for a dataset page URL of this site, a `rich` embed whose `html` is the
 * element with its static fallback (image, links to the page and CSV) and whose thumbnail is the 1200×630 card
 * the build rendered. `format=json|xml`; an unknown URL is 404 and another format 501, as the spec says.
 */
import { Hono } from "hono";
import type { AppEnv } from "../env";
import { SHORT } from "../lib/cache-policy";
import { HttpProblem } from "../lib/problem";
import { loadCatalog, resolveVersion } from "../storage/catalog";

/** The `/oembed` route. */
export const oembed = new Hono<AppEnv>();

const esc = (v: string) => v.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const num = (v: string | undefined) => (v && /^\d{1,5}$/.test(v) ? Number(v) : undefined);

oembed.get("/", async (c) => {
  const q = c.req.query();
  const origin = new URL(c.req.url).origin;
  const format = q.format ?? "json";
  if (format !== "json" && format !== "xml") throw new HttpProblem("not-implemented", `format=${format.slice(0, 20)}: only json and xml.`);
  let target: URL;
  try {
    target = new URL(q.url ?? "", origin);
  } catch {
    throw new HttpProblem("invalid-parameter", "url must be a URL of this site.");
  }
  const m = /^\/(en\/)?datasets\/([a-z0-9-]+)\/?$/.exec(target.pathname);
  const entry = m && target.origin === origin ? (await loadCatalog(c.var.store)).datasets.find((d) => d.id === m[2]) : undefined;
  const version = entry?.kind === "observations" ? resolveVersion(entry, "latest").version.version : undefined;
  if (!m || !entry || !version) throw new HttpProblem("not-found", "No embed for this URL: dataset pages of this site only.");
  const lang = m[1] ? "en" : "zh";
  // The static figure is 640 px wide at about 0.69 of its width; the embed keeps within maxwidth and maxheight.
  const width = Math.min(num(q.maxwidth) ?? 640, 640, Math.floor((num(q.maxheight) ?? 1e5) / 0.69));
  const height = Math.round(width * 0.69);
  const page = `${origin}${m[1] ? "/en" : ""}/datasets/${entry.id}/`;
  const ref = `${entry.id}@${version}`;
  const title = entry.title[lang];
  const html = `<script type="module" src="${origin}/widgets/v1.js"></script><pa-chart dataset="${ref}" lang="${lang}"><img src="${origin}/charts/${ref}.${lang}.svg" alt="${esc(title)}" width="${width}" height="${height}"><a href="${page}">${lang === "zh" ? "数据集页面" : "Dataset page"}</a> · <a href="${origin}/v1/datasets/${ref}/data.csv">CSV</a></pa-chart>`;
  const body: Record<string, string | number> = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: lang === "zh" ? "共富图谱" : "Prosperity Atlas",
    provider_url: `${origin}/`,
    html,
    width,
    height,
    thumbnail_url: `${origin}/charts/${ref}.${lang}.card.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  c.header("cache-control", SHORT);
  if (format === "json") return c.json(body);
  const fields = Object.entries(body).map(([k, v]) => `<${k}>${esc(String(v))}</${k}>`);
  return c.body(`<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${fields.join("")}</oembed>`, 200, {
    "content-type": "text/xml; charset=utf-8",
  });
});
