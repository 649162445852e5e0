/**
 * @module The `detail` of a problem in Chinese. The English detail is written where the problem is raised and
 * names the specifics; the Chinese one is composed here from the problem's type and its members (`param`,
 * `allowed`, `successor`, `limit`/`window`) and the request path, so that a zh request never reads English
 * mid-sentence and the throw sites stay one-language.
 */
import type { ProblemExtras, ProblemType } from "./problem";

/** What each problem type means, in a sentence. `{p}` is the parameter's name. */
const ZH: Record<ProblemType, string> = {
  "not-found": "此地址没有资源：{path}。请从 /v1 开始。",
  "unknown-dataset": "没有这个数据集。",
  "unknown-version": "该数据集没有所请求的版本。",
  "not-yet-released": "在所指定的日期之前，尚未发布符合要求的版本。",
  "invalid-parameter": "参数 {p} 的值无效。",
  "unknown-parameter": "未知的查询参数 {p}。",
  "method-not-allowed": "本接口只读，请使用 GET、HEAD 或 OPTIONS 方法。",
  "not-acceptable": "无法以所请求的格式（Accept）提供此资源。",
  gone: "该接口已停用。",
  "content-too-large": "本接口只读，不接受请求内容，请发送不带请求体的 GET 请求。",
  "uri-too-long": "请求地址过长。",
  "rate-limited": "同一地址的请求过于频繁，请稍后再试；响应可以缓存，在客户端前加一层缓存会有帮助。",
  "internal-error": "服务器内部出错，已记录。",
};

/** How a parameter's value is written, where a list of allowed values cannot say it. */
const FORMS: Record<string, string> = {
  period: "期间写作 2015..2022、2021-06、2020-Q1..，年份包含其月份、季度和半年",
  region: "地区代码以逗号分隔，如 CN-BJ,CN-SH",
  limit: "limit 为正整数",
  cursor: "cursor 须取自上一页的 next 链接",
  latest: "latest 为正整数",
  asOf: "asOf 为日期，如 2025-01-31",
  version: "版本写作 1.0.0、^1 或 latest",
};

const SHOWN = 30;

/** The detail of a problem of `type` with `extras`, at `path`, in Chinese. */
export function zhDetail(type: ProblemType, extras: ProblemExtras, path: string): string {
  const param = typeof extras.param === "string" ? extras.param : "";
  let text = ZH[type].replace("{path}", path).replace("{p}", param);
  const form = FORMS[param];
  if (type === "invalid-parameter" && form) text += `${form}。`;
  if (type === "rate-limited" && typeof extras.limit === "number" && typeof extras.window === "number")
    text += `上限为每 ${extras.window} 秒 ${extras.limit} 次。`;
  if (typeof extras.successor === "string") text += `请改用 ${extras.successor}。`;
  const allowed = Array.isArray(extras.allowed) ? extras.allowed.map(String) : [];
  if (allowed.length > 0)
    text += `可用值：${allowed.slice(0, SHOWN).join("、")}${allowed.length > SHOWN ? `……（共 ${allowed.length} 个）` : ""}。`;
  return text;
}
