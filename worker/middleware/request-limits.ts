/**
 * @module Rejects absurd requests before any routing work: URLs over {@link MAX_URL_LENGTH} characters (414)
 * and request content on a read-only API (413).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { HttpProblem } from "../lib/problem";

/** Longest request URL we accept; longer ones are 414 before any parsing. */
export const MAX_URL_LENGTH = 4096;

/** Answers 414 to an overlong URL and 413 to a GET or HEAD that carries content. */
export function requestLimits(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) {
      throw new HttpProblem("uri-too-long", `The URL has ${c.req.url.length} characters; at most ${MAX_URL_LENGTH} are accepted.`, {
        param: "url",
      });
    }
    const length = Number(c.req.header("content-length") ?? "0");
    const method = c.req.method;
    if ((method === "GET" || method === "HEAD") && (length > 0 || c.req.header("transfer-encoding"))) {
      throw new HttpProblem("content-too-large", "The API is read-only and takes no request content; send GET without a body.", {
        param: "body",
      });
    }
    await next();
  };
}
