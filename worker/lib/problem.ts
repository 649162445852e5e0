/**
 * @module Problem Details (RFC 9457): every error the API returns is `application/problem+json` with a stable
 * `type` documented at `/docs/api#problem-<slug>`, and a `title` and `detail` in the request's language (the
 * Chinese detail is composed from the type and members, see problem-texts.ts).
 */
import type { Language, LocalizedText } from "../../schemas";
import { zhDetail } from "./problem-texts";

/** The stable problem types. Adding one is fine; renaming or removing one breaks the `/v1` promise. */
export const PROBLEMS = {
  "not-found": { status: 404, title: { zh: "未找到", en: "Not found" } },
  "unknown-dataset": { status: 404, title: { zh: "数据集不存在", en: "Unknown dataset" } },
  "unknown-version": { status: 404, title: { zh: "版本不存在", en: "Unknown version" } },
  "not-yet-released": { status: 404, title: { zh: "当日尚未发布", en: "Not yet released" } },
  "invalid-parameter": { status: 400, title: { zh: "参数无效", en: "Invalid parameter" } },
  "unknown-parameter": { status: 400, title: { zh: "未知参数", en: "Unknown parameter" } },
  "method-not-allowed": { status: 405, title: { zh: "不支持该请求方法", en: "Method not allowed" } },
  "not-acceptable": { status: 406, title: { zh: "无法提供所请求的格式", en: "Not acceptable" } },
  gone: { status: 410, title: { zh: "该接口已停用", en: "Gone" } },
  "content-too-large": { status: 413, title: { zh: "请求内容过大", en: "Content too large" } },
  "uri-too-long": { status: 414, title: { zh: "请求地址过长", en: "URI too long" } },
  "rate-limited": { status: 429, title: { zh: "请求过于频繁", en: "Too many requests" } },
  "internal-error": { status: 500, title: { zh: "服务器内部错误", en: "Internal error" } },
  "not-implemented": { status: 501, title: { zh: "未实现", en: "Not implemented" } },
} as const satisfies Record<string, { status: number; title: LocalizedText }>;

/** A problem type slug. */
export type ProblemType = keyof typeof PROBLEMS;

/** Extra members of a problem body: which parameter was wrong and what it accepts. */
export interface ProblemExtras {
  param?: string;
  allowed?: readonly string[];
  [member: string]: unknown;
}

/** Thrown anywhere in a request; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

/** The URI reference of a problem type. */
export const problemTypeUri = (type: ProblemType) => `/docs/api#problem-${type}`;

/** Builds the problem+json response for a problem, with its title in `lang`. */
export function problemResponse(problem: HttpProblem, lang: Language, instance: string): Response {
  const { status, title } = PROBLEMS[problem.type];
  const detail = lang === "zh" ? zhDetail(problem.type, title.zh, problem.extras, instance) : problem.detail;
  const body = { type: problemTypeUri(problem.type), title: title[lang], status, detail, instance, ...problem.extras };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "cache-control": "no-store",
      // The title and detail follow Accept-Language when lang= is absent.
      vary: "Accept-Language",
      "content-language": lang,
      ...problem.headers,
    },
  });
}
