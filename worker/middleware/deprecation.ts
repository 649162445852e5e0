/**
 * @module Retiring a route: `Deprecation` (RFC 9745, `@<unix seconds>`), `Sunset` (RFC 8594, an HTTP-date) and
 * `Link` headers pointing at the replacement and the notice; after the sunset the route answers 410 Gone.
 * @example app.use("/v1/old", deprecate({ deprecation: new Date("2027-01-01"), sunset: new Date("2028-01-01"), successor: "/v1/new" }))
 */
import type { MiddlewareHandler } from "hono";
import { HttpProblem } from "../lib/problem";

/** When a route was deprecated, when it goes away, and where to go instead. */
export interface Retirement {
  deprecation: Date;
  sunset?: Date;
  /** The route that replaces it. */
  successor?: string;
  /** A page explaining the change. */
  notice?: string;
}

/** Adds the retirement headers to every response of the route; 410 after the sunset. */
export function deprecate(r: Retirement, now: () => Date = () => new Date()): MiddlewareHandler {
  return async (c, next) => {
    if (r.sunset && now() >= r.sunset) {
      throw new HttpProblem(
        "gone",
        `This route was retired on ${r.sunset.toISOString().slice(0, 10)}.${r.successor ? ` Use ${r.successor}.` : ""}`,
        r.successor ? { successor: r.successor } : {},
      );
    }
    await next();
    const h = c.res.headers;
    h.set("deprecation", `@${Math.floor(r.deprecation.getTime() / 1000)}`);
    if (r.sunset) h.set("sunset", r.sunset.toUTCString());
    const links = [
      r.successor && `<${r.successor}>; rel="successor-version"`,
      r.notice && `<${r.notice}>; rel="deprecation"; type="text/html"`,
    ];
    for (const link of links) if (link) h.append("link", link);
  };
}
