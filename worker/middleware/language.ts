/**
 * @module Fixes the request's language (`lang=`, else `Accept-Language`) before anything else runs, so that
 * every answer — problems from later middleware included — speaks it.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { requestLanguage } from "../lib/language";

/** Sets `c.var.lang`. */
export function language(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("lang", requestLanguage(new URL(c.req.url), c.req.header("accept-language")));
    await next();
  };
}
