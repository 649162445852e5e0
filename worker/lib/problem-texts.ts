/**
 * @module The `detail` of a problem in Chinese. The English detail is written where the problem is raised and
 * names the specifics; the Chinese one is composed here from the problem's zh title and its members (`param`,
 * `allowed`, `successor`) and the request path — "参数无效：group。可用值：east、central、west、northeast。" — so
 * that a zh request never reads English mid-sentence and the throw sites stay one-language. Deliberately
 * terse: the worker bundle has a size ceiling, and every Chinese character costs three bytes. Imports nothing
 * of problem.ts (which imports it), so the types are plain.
 */

/** The detail of a problem of `type` (zh title `title`) with `extras`, at `path`, in Chinese. */
export function zhDetail(type: string, title: string, extras: Readonly<Record<string, unknown>>, path: string): string {
  const param = type.endsWith("parameter") && typeof extras.param === "string" ? `：${extras.param}` : "";
  let text = `${title}${type === "not-found" ? `：${path}` : param}。`;
  if (typeof extras.successor === "string") text += `请改用 ${extras.successor}。`;
  const allowed = Array.isArray(extras.allowed) ? extras.allowed : [];
  if (allowed.length > 0) text += `可用值：${allowed.slice(0, 30).join("、")}${allowed.length > 30 ? "等" : ""}。`;
  return text;
}
