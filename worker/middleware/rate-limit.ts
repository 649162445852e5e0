/**
 * @module Rate limiting with Cloudflare's Workers rate-limiting binding (`[[ratelimits]]` in wrangler.toml,
 * simulated by Miniflare under `wrangler dev` and in tests). Counted per client address (`CF-Connecting-IP`,
 * set by Cloudflare's edge). Responses carry `RateLimit-Policy`; a 429 also carries `RateLimit` and `Retry-After`
 * (draft-ietf-httpapi-ratelimit-headers). The binding does not report the remaining quota, so successful
 * responses do not invent one.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { HttpProblem } from "../lib/problem";
import { RATE_LIMIT, RATE_LIMIT_POLICY } from "./rate-limit-policy";

/** Counts a request against its client's quota; answers 429 when it is spent. */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env.RATE_LIMITER;
    const client = c.req.header("cf-connecting-ip");
    // Without a client address (a request that did not pass Cloudflare's edge, e.g. a unit test) nothing is counted.
    // Nor from a loopback address: under `wrangler dev`, Miniflare fills in CF-Connecting-IP with the socket's
    // address, 127.0.0.1 for every local client (which would throttle them all as one). In production the edge
    // sets the header to the client's public address and overwrites any a client sends, so this opens no bypass.
    if (limiter && client && !isLoopback(client)) {
      const { success } = await limiter.limit({ key: client });
      if (!success) {
        throw new HttpProblem(
          "rate-limited",
          `More than ${RATE_LIMIT.limit} requests in ${RATE_LIMIT.window} seconds from one address. Retry after ${RATE_LIMIT.window} seconds; responses are cacheable, so a cache in front of your client helps.`,
          { limit: RATE_LIMIT.limit, window: RATE_LIMIT.window },
          {
            "retry-after": String(RATE_LIMIT.window),
            ratelimit: `"${RATE_LIMIT.name}";r=0;t=${RATE_LIMIT.window}`,
            "ratelimit-policy": RATE_LIMIT_POLICY,
          },
        );
      }
    }
    await next();
  };
}

/**
 * Announces the policy on every response, CORS preflights included (registered before the CORS middleware,
 * which answers OPTIONS without calling the routes).
 */
export function rateLimitPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set("ratelimit-policy", RATE_LIMIT_POLICY);
  };
}

/** 127.0.0.0/8 and ::1 (also IPv4-mapped): the developer's own machine, never a client Cloudflare's edge reports. */
export const isLoopback = (address: string): boolean => /^(?:::ffff:)?127\.|^::1$/i.test(address);
