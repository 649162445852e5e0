/**
 * @module The soak's request mix: the routes real clients use (JSON, CSV, ranges, conditional requests, static
 * pages and the widget script) and the bad requests they also send. Each says which status class is intended;
 * anything else — including any 5xx — is an error.
 */
import type { RawRequest } from "./http-client";

/** A request with the answers that count as correct for it. */
export interface MixedRequest extends RawRequest {
  /** Intended: `ok` = 2xx or 304; `client-error` = the given 4xx status. */
  expect: { kind: "ok" } | { kind: "client-error"; status: number };
}

const ok = { kind: "ok" } as const;
const bad = (status: number) => ({ kind: "client-error", status }) as const;

/** The mix, weighted by repetition: mostly reads of data, about a quarter bad requests. */
export const MIX: readonly MixedRequest[] = [
  { method: "GET", path: "/v1", expect: ok },
  { method: "GET", path: "/v1/datasets", expect: ok },
  { method: "GET", path: "/v1/datasets/province-gdp", expect: ok },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ,CN-SH&period=2015..2022", expect: ok },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data?group=west&period=2020..2024", expect: ok },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data.csv?period=2015..2024", expect: ok },
  { method: "GET", path: "/v1/datasets/province-gdp@^1/data?region=CN-GD", expect: ok },
  { method: "GET", path: "/v1/datasets/internet-users@latest/data?period=2015..2024", expect: ok },
  { method: "GET", path: "/v1/datasets/internet-users@1.0.0/data", headers: { accept: "text/csv" }, expect: ok },
  { method: "GET", path: "/v1/regions", expect: ok },
  { method: "HEAD", path: "/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ", expect: ok },
  {
    method: "OPTIONS",
    path: "/v1/datasets",
    headers: { origin: "https://blog.example", "access-control-request-method": "GET" },
    expect: ok,
  },
  { method: "GET", path: "/", expect: ok },
  { method: "GET", path: "/widgets/v1.js", expect: ok },
  // Intended client errors.
  { method: "GET", path: "/v1/datasets/no-such-dataset", expect: bad(404) },
  { method: "GET", path: "/v1/datasets/province-gdp@9.9.9/data", expect: bad(404) },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data?period=2022..2015", expect: bad(400) },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data?colour=red", expect: bad(400) },
  { method: "GET", path: "/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ&region=CN-SH", expect: bad(400) },
  { method: "POST", path: "/v1/datasets", expect: bad(405) },
  { method: "GET", path: `/v1/datasets?lang=${"x".repeat(5000)}`, expect: bad(414) },
  { method: "GET", path: "/v1/nothing-here", expect: bad(404) },
];

/** Whether `status` is what `request` intends. */
export function isIntended(request: MixedRequest, status: number): boolean {
  if (request.expect.kind === "ok") return (status >= 200 && status < 300) || status === 304;
  return status === request.expect.status;
}
