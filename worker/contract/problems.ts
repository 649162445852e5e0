/**
 * @module What each problem type means and what to do about it: the text of `/docs/api#problem-<type>`.
 */
import type { LocalizedText } from "../../schemas";
import type { ProblemType } from "../lib/problem";

/** Explanation of every problem type, in both languages. A test checks that every type has one. */
export const PROBLEM_DOCS: Record<ProblemType, LocalizedText> = {
  "not-found": {
    en: "No route matches the path. Start at /v1, which links to everything.",
    zh: "路径不对应任何接口。请从 /v1 开始，它链接到所有接口。",
  },
  "unknown-dataset": {
    en: "No dataset has this id. `allowed` lists the ids; GET /v1/datasets describes them.",
    zh: "没有该 id 的数据集。`allowed` 列出可用的 id；GET /v1/datasets 给出说明。",
  },
  "unknown-version": {
    en: "The dataset has no version equal to, or matching, the one requested. `allowed` lists the published versions.",
    zh: "数据集没有与请求相同或匹配的版本。`allowed` 列出已发布的版本。",
  },
  "not-yet-released": {
    en: "`asOf=YYYY-MM-DD` names a date before any version matching the request was released. `firstReleased` gives the date of the first release; `allowed` lists the versions released by then (none when the date is before the first release).",
    zh: "`asOf=YYYY-MM-DD` 给出的日期早于任何匹配版本的发布日期。`firstReleased` 给出首次发布日期；`allowed` 列出该日期前已发布的版本（早于首次发布时为空）。",
  },
  "invalid-parameter": {
    en: "A parameter's value is malformed or does not apply (e.g. `period=2022..2015`, a measure the dataset lacks, `bom` on JSON). `param` names it; `allowed` lists the accepted values where they are few.",
    zh: "参数取值格式错误或不适用（如 `period=2022..2015`、数据集中不存在的指标、JSON 上的 `bom`）。`param` 指明参数；取值有限时 `allowed` 列出可用值。",
  },
  "unknown-parameter": {
    en: "The query has a parameter the route does not know. Unknown parameters are errors, not ignored, so that typos do not silently return everything. `allowed` lists the route's parameters.",
    zh: "查询中含有该接口不认识的参数。未知参数视为错误而非忽略，以免拼写错误时悄悄返回全部数据。`allowed` 列出该接口的参数。",
  },
  "method-not-allowed": {
    en: "The API is read-only: only GET, HEAD and OPTIONS are accepted (see the `Allow` header).",
    zh: "API 只读：只接受 GET、HEAD 和 OPTIONS（见 `Allow` 响应头）。",
  },
  "not-acceptable": {
    en: "None of the media types in `Accept` can be produced. `allowed` lists those that can; a file extension (`data.csv`) overrides Accept.",
    zh: "无法提供 `Accept` 中的任何格式。`allowed` 列出可提供的格式；文件扩展名（如 `data.csv`）优先于 Accept。",
  },
  "not-implemented": {
    en: "oEmbed only: the `format` asked for is not served (json and xml are), as oEmbed 1.0 §2.3.4 says.",
    zh: "仅 oEmbed：不提供所请求的 `format`（提供 json 与 xml），依 oEmbed 1.0 第2.3.4节。",
  },
  gone: {
    en: "The route was retired after its Sunset date. Its successor is named in `successor` and in docs/api.md.",
    zh: "该接口已在停用日期（Sunset）之后下线。替代接口见 `successor` 及 docs/api.md。",
  },
  "content-too-large": {
    en: "The request carried content. The API is read-only and accepts no request body.",
    zh: "请求带有正文。API 只读，不接受请求正文。",
  },
  "uri-too-long": {
    en: "The URL is longer than 4,096 characters. Split the request (e.g. fewer regions per request) or use `group=`.",
    zh: "URL 超过 4096 个字符。请拆分请求（如每次请求更少地区）或使用 `group=`。",
  },
  "rate-limited": {
    en: "More than 600 requests in 60 seconds from one address. Wait for `Retry-After` seconds. Responses carry ETags and long cache lifetimes: caching them avoids the limit.",
    zh: "同一地址 60 秒内请求超过 600 次。请等待 `Retry-After` 秒。响应带有 ETag 和较长缓存期，缓存响应即可避免触发限制。",
  },
  "internal-error": {
    en: "A failure on our side, not caused by the request. It is logged; retrying later may help.",
    zh: "服务端故障，与请求无关。已记录日志；稍后重试可能有效。",
  },
};
