/**
 * @module Picks the request's data store (R2 when bound, else the static assets) and hands it to the routes
 * as `c.var.store`.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { storeFor } from "../storage/select-store";

/** Sets `c.var.store`. */
export function dataStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("store", storeFor(c.env));
    await next();
  };
}
