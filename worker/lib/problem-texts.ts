/**
 * @module The `detail` of a problem in Chinese. The English detail is written where the problem is raised and
 * names the specifics; the Chinese one is composed here from the problem's type, its zh title and its members
 * (`param`, `allowed`, `successor`) and the request path, so that a zh request never reads English mid-sentence
 * and the throw sites stay one-language. Kept short: the worker bundle has a size ceiling. Imports nothing of
 * problem.ts (which imports it), so the types are plain.
 */
/** The types whose title alone does not say enough. `{p}` is the parameter, `{path}` the request path. */
const ZH: Record<string, string> = {
  "not-found": "{path} 处没有资源，请从 /v1 开始。",
  "invalid-parameter": "参数 {p} 的值无效。",
  "unknown-parameter": "未知参数 {p}。",
  "not-yet-released": "所指定的日期之前尚无符合的版本。",
  "method-not-allowed": "本接口只读。",
  "content-too-large": "本接口只读，请发送不带请求体的 GET 请求。",
  "rate-limited": "请稍后再试。",
};

/** The detail of a problem of `type` (zh title `title`) with `extras`, at `path`, in Chinese. */
export function zhDetail(type: string, title: string, extras: Readonly<Record<string, unknown>>, path: string): string {
  const param = typeof extras.param === "string" ? extras.param : "";
  let text = (ZH[type] ?? `${title}。`).replace("{path}", path).replace("{p}", param);
  if (type === "invalid-parameter" && param === "period") text += "期间写作 2015..2022、2021-06 或 2020-Q1..。";
  if (typeof extras.successor === "string") text += `请改用 ${extras.successor}。`;
  const allowed = Array.isArray(extras.allowed) ? extras.allowed : [];
  if (allowed.length > 0) text += `可用值：${allowed.slice(0, 30).join("、")}${allowed.length > 30 ? "等" : ""}。`;
  return text;
}
