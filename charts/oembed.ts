/**
 * @module `/oembed` (oEmbed 1.0), answered in the charts Worker: for a dataset page URL of this site, a `rich`
 * embed whose `html` is the element with its static fallback (image, links to the page and CSV) and whose thumbnail
 * is the 1200×630 card the build rendered. `format=json|xml`; an unknown URL is 404 and another format 501, as the
 * spec says. The API worker sends the first row of the named dataset's latest version (`x-pa-data-status`).
 */
import { problem } from "./problem";

const esc = (v: string) => v.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const num = (v: string | null) => (v && /^\d{1,5}$/.test(v) ? Number(v) : undefined);

/** Answers one oEmbed request (see the module comment). */
export async function oembed(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const q = url.searchParams;
  const origin = url.origin;
  const format = q.get("format") ?? "json";
  if (format !== "json" && format !== "xml")
    return problem(501, "not-implemented", `format=${format.slice(0, 20)}: only json and xml.`, "/oembed");
  let target: URL | undefined;
  try {
    target = new URL(q.get("url") ?? "", origin);
  } catch {
    target = undefined;
  }
  const m = target && target.origin === origin ? /^\/(en\/)?datasets\/([a-z0-9-]+)\/?$/.exec(target.pathname) : null;
  const data =
    m && request.headers.get("x-pa-data-status") === "200"
      ? ((await request.json()) as { dataset: string; version: string; title: { zh: string; en: string }; measures: unknown[] })
      : undefined;
  if (!m || !data || data.dataset !== m[2] || data.measures.length === 0)
    return problem(404, "not-found", "No embed for this URL: dataset pages of this site only.", "/oembed");
  const lang = m[1] ? "en" : "zh";
  // The static figure is 640 px wide at about 0.69 of its width; the embed keeps within maxwidth and maxheight.
  const width = Math.min(num(q.get("maxwidth")) ?? 640, 640, Math.floor((num(q.get("maxheight")) ?? 1e5) / 0.69));
  const height = Math.round(width * 0.69);
  const page = `${origin}${m[1] ? "/en" : ""}/datasets/${data.dataset}/`;
  const ref = `${data.dataset}@${data.version}`;
  const title = data.title[lang];
  const html = `<script async src="${origin}/widgets/v1-loader.js"></script><pa-chart dataset="${ref}" lang="${lang}"><img src="${origin}/charts/${ref}.${lang}.svg" alt="${esc(title)}" width="${width}" height="${height}"><a href="${page}">${lang === "zh" ? "数据集页面" : "Dataset page"}</a> · <a href="${origin}/v1/datasets/${ref}/data.csv">CSV</a></pa-chart>`;
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
  const headers = { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" };
  if (format === "json") return Response.json(body, { headers });
  const fields = Object.entries(body).map(([k, v]) => `<${k}>${esc(String(v))}</${k}>`);
  return new Response(`<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${fields.join("")}</oembed>`, {
    headers: { ...headers, "content-type": "text/xml; charset=utf-8" },
  });
}
