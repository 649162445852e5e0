/**
 * @module Build step: the API reference page (`/docs/api`, also `/docs/`) rendered from the OpenAPI document,
 * with an anchor per problem type (`#problem-<type>`) and per operation. Static HTML, no script, no third-party
 * request: it runs under the site's strict CSP.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ASSETS_DIR } from "../lib/paths";

type Json = Record<string, unknown>;

const esc = (text: unknown) =>
  String(text ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/** The little Markdown the document uses: `code` and [text](/relative-or-https-link). */
function inline(text: unknown): string {
  return esc(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\[([^\]]+)\]\(((?:\/|https:\/\/)[^)\s]*)\)/g, '<a href="$2">$1</a>');
}

function schemaSummary(schema: Json | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return esc(String(schema.$ref).split("/").pop());
  const parts: string[] = [];
  if (schema.type === "array") parts.push(`list of ${schemaSummary(schema.items as Json)}`);
  else if (schema.enum) parts.push((schema.enum as unknown[]).map((e) => `<code>${esc(e)}</code>`).join(" | "));
  else if (schema.type) parts.push(esc(schema.type));
  if (schema.pattern) parts.push(`<code class="pattern">${esc(schema.pattern)}</code>`);
  if (schema.minimum !== undefined) parts.push(`≥ ${esc(schema.minimum)}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${esc(schema.maximum)}`);
  return parts.join(" ");
}

/** Example requests of an operation, as URLs built from the parameters' named examples. */
function exampleUrls(path: string, op: Json): Array<{ name: string; summary: string; url: string }> {
  const params = (op.parameters as Json[]) ?? [];
  const names = new Set(params.flatMap((p) => Object.keys((p.examples as Json) ?? {})));
  if (names.size === 0) return [{ name: "", summary: String(op.summary), url: path }];
  return [...names].map((name) => {
    let url = path;
    const query: string[] = [];
    let summary = "";
    for (const p of params) {
      const ex = (p.examples as Record<string, { value: unknown; summary: string }> | undefined)?.[name];
      if (!ex) continue;
      summary = ex.summary;
      const value = Array.isArray(ex.value) ? ex.value.join(",") : String(ex.value);
      if (p.in === "path") url = url.replace(`{${p.name}}`, value);
      else query.push(`${p.name}=${value}`);
    }
    return { name, summary, url: `${url}${query.length ? `?${query.join("&")}` : ""}` };
  });
}

function renderOperation(path: string, op: Json): string {
  const params = (op.parameters as Json[]) ?? [];
  const responses = Object.entries(op.responses as Json);
  const rows = params
    .map(
      (p) =>
        `<tr><td class="name"><code>${esc(p.name)}</code></td><td>${esc(p.in)}${p.required ? ", required" : ""}</td><td>${schemaSummary(p.schema as Json)}</td><td>${inline(p.description)}</td></tr>`,
    )
    .join("\n");
  const examples = exampleUrls(path, op)
    .map((e) => `<li>${esc(e.summary)}: <a href="${esc(e.url)}"><code>GET ${esc(e.url)}</code></a></li>`)
    .join("\n");
  const responseItems = responses
    .map(([status, r]) => {
      const response = r as Json;
      const types = Object.keys((response.content as Json) ?? {});
      const description = response.$ref ? "Not modified (If-None-Match matched)" : response.description;
      return `<li><strong>${esc(status)}</strong> ${inline(description)}${types.length ? ` <span class="media">${types.map((t) => `<code>${esc(t)}</code>`).join(" ")}</span>` : ""}</li>`;
    })
    .join("\n");
  return `<section class="operation" id="op-${esc(op.operationId)}" aria-labelledby="op-${esc(op.operationId)}-h">
<h3 id="op-${esc(op.operationId)}-h"><span class="method">GET</span> <code>${esc(path)}</code></h3>
<p><strong>${inline(op.summary)}.</strong> ${inline(op.description)}</p>
${params.length ? `<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">schema</th><th scope="col">meaning</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ""}
<h4>Responses</h4><ul>${responseItems}</ul>
<h4>Examples</h4><ul>${examples}</ul>
</section>`;
}

function renderProblems(doc: Json): string {
  const types = doc["x-problem-types"] as Record<
    string,
    { uri: string; status: number; title: { zh: string; en: string }; description: { zh: string; en: string } }
  >;
  return Object.entries(types)
    .map(
      ([type, p]) => `<section class="problem" id="problem-${esc(type)}" aria-labelledby="problem-${esc(type)}-h">
<h3 id="problem-${esc(type)}-h"><code>${esc(type)}</code> · ${esc(p.status)} ${esc(p.title.en)} <span lang="zh-Hans">${esc(p.title.zh)}</span></h3>
<p><code>type</code>: <code>${esc(p.uri)}</code></p>
<p>${inline(p.description.en)}</p>
<p lang="zh-Hans">${inline(p.description.zh)}</p>
</section>`,
    )
    .join("\n");
}

/** Renders the reference page. */
export function renderDocs(doc: Json): string {
  const info = doc.info as Json;
  const paths = Object.entries(doc.paths as Record<string, { get: Json }>);
  const toc = paths
    .map(
      ([path, item]) => `<li><a href="#op-${esc(item.get.operationId)}"><code>GET ${esc(path)}</code></a> — ${esc(item.get.summary)}</li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>API reference — Prosperity Atlas 共富图谱</title>
<meta name="description" content="Reference of the Prosperity Atlas /v1 API, generated from its OpenAPI document." />
<link rel="stylesheet" href="/site.css" />
<link rel="stylesheet" href="/docs/docs.css" />
<link rel="alternate" type="application/json" href="/v1/openapi.json" title="OpenAPI 3.1 document" />
</head>
<body>
<header class="masthead">
<p class="brand"><a href="/">共富图谱 <span lang="en">Prosperity Atlas</span></a></p>
<nav aria-label="Docs"><a href="/v1">API</a> <a href="/v1/openapi.json">OpenAPI</a> <a href="#problems">Errors</a> <a href="#stability">Stability</a></nav>
</header>
<main>
<h1>API reference <span lang="zh-Hans">接口参考</span></h1>
<p>${inline(info.summary)} ${inline(info.description)}</p>
<p>This page is generated from <a href="/v1/openapi.json"><code>/v1/openapi.json</code></a> (OpenAPI ${esc(doc.openapi)}), which is generated from the schemas the routes validate with.</p>
<nav aria-labelledby="toc-h"><h2 id="toc-h">Routes</h2><ul>${toc}</ul></nav>

<section aria-labelledby="basics-h">
<h2 id="basics-h">Versions, formats, caching</h2>
<ul>
<li><strong>Versions.</strong> <code>{id}@1.0.0</code> is immutable (<code>Cache-Control: public, max-age=31536000, immutable</code>). <code>{id}@^1</code>, <code>@~1.0</code> (npm semver ranges) and <code>@latest</code> resolve to the newest matching version, are cached for five minutes, and name the version served in the body (<code>version</code>), in <code>Content-Location</code> and in <code>Link: rel="canonical"</code>.</li>
<li><strong>Formats.</strong> <code>data</code> follows <code>Accept</code> (<code>application/json</code>, <code>text/csv</code>, <code>application/json+stat</code>) and says <code>Vary: Accept</code>; <code>data.json</code>, <code>data.csv</code> and <code>data.jsonstat</code> fix the format. <code>data.csv</code> without parameters is the sealed file of the version, byte for byte; <code>data.parquet</code> is the whole version as Apache Parquet. <code>datapackage.json</code> is a Frictionless Data Package v2.0 descriptor listing both with sizes and sha256 hashes.</li>
<li><strong>Pages.</strong> Every matching row is served (large bodies are streamed) unless <code>limit</code> asks for pages. A page continues at <code>Link: &lt;…&gt;; rel="next"</code> and says so in its body (<code>total</code>, <code>count</code>, <code>links.next</code>; in JSON-stat <code>extension.total</code>, <code>extension.next</code>); the next link always names the exact version, so pages never mix versions.</li>
<li><strong>Validators.</strong> Every GET has a strong <code>ETag</code> from build-time content hashes; <code>If-None-Match</code> gives <code>304</code>.</li>
<li><strong>CORS.</strong> <code>Access-Control-Allow-Origin: *</code> for GET, HEAD, OPTIONS; ETag, Link, Content-Location, RateLimit, RateLimit-Policy, Retry-After, Deprecation, Sunset and Vary are exposed.</li>
<li><strong>Rate limit.</strong> ${inline((doc.components as Json & { headers: Json }).headers["RateLimit-Policy"] ? (doc.components as { headers: Record<string, { description: string }> }).headers["RateLimit-Policy"]?.description : "")} Over it: <code>429</code> with <code>Retry-After</code>.</li>
</ul>
</section>

<section aria-labelledby="routes-h">
<h2 id="routes-h">Routes</h2>
${paths.map(([path, item]) => renderOperation(path, item.get)).join("\n")}
</section>

<section aria-labelledby="problems">
<h2 id="problems">Errors <span lang="zh-Hans">错误类型</span></h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457): <code>type</code> (one of the URIs below, stable for the life of <code>/v1</code>), <code>title</code> (in the language of <code>lang=</code> or <code>Accept-Language</code>), <code>status</code>, <code>detail</code>, <code>instance</code>, and where it applies <code>param</code> (the parameter at fault) and <code>allowed</code> (the values it accepts).</p>
${renderProblems(doc)}
</section>

<section aria-labelledby="stability">
<h2 id="stability">Stability <span lang="zh-Hans">稳定性承诺</span></h2>
<p>Within <code>/v1</code> we only add: new routes, new optional parameters, new fields in JSON bodies, new problem types, new datasets and versions. We do not remove or rename routes, parameters, fields or problem types, change their meaning, or change a published version's data. A route we must retire first carries <code>Deprecation</code> and <code>Sunset</code> headers (RFC 9745, RFC 8594) for at least twelve months, then answers <code>410</code> (<a href="#problem-gone"><code>gone</code></a>). Incompatible changes go to <code>/v2</code>, served side by side with <code>/v1</code>.</p>
<p lang="zh-Hans"><code>/v1</code> 内只做增量变更：新增接口、可选参数、JSON 字段、错误类型、数据集与版本；不删除或改名，不改变含义，不修改已发布版本的数据。需要下线的接口先以 <code>Deprecation</code> 与 <code>Sunset</code> 响应头提前至少十二个月告知，之后返回 <code>410</code>。不兼容的变更进入与 <code>/v1</code> 并存的 <code>/v2</code>。</p>
</section>
</main>
</body>
</html>
`;
}

/** Writes `/docs/api.html` and `/docs/index.html` into the assets. */
export function writeDocs(doc: Json, assetsDir = ASSETS_DIR): void {
  const dir = join(assetsDir, "docs");
  mkdirSync(dir, { recursive: true });
  const html = renderDocs(doc);
  writeFileSync(join(dir, "api.html"), html);
  writeFileSync(join(dir, "index.html"), html);
}
