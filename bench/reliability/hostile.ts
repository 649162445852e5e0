/**
 * @module Generated hostile requests (fast-check): path traversal, broken percent-encoding, unicode, overlong URLs,
 * injection strings, random and repeated parameters, odd methods and headers. Seeded, so a failure reproduces.
 */
import fc from "fast-check";
import { type RawRequest, sendablePath } from "./http-client";

const KNOWN_IDS = ["province-gdp", "internet-users", "regions", "national-gini", "theil-t", "gini"];
const NASTY = [
  "..",
  ".",
  "%2e%2e",
  "%2e%2e%2f",
  "..%2f..%2fetc%2fpasswd",
  "%2F",
  "%5C..%5C",
  "\\..\\",
  "%00",
  "%",
  "%zz",
  "%c0%ae%c0%ae",
  "%ff%fe",
  "%E4%B8",
  "' OR 1=1--",
  "<script>alert(1)</script>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style injection probe, sent literally.
  "${jndi:ldap://x}",
  "=cmd|' /C calc'!A0",
  "+SUM(1)",
  "@import",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "\u202e",
  "\u200b",
  "🙂",
  "数据",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "null",
  "undefined",
  "[]",
  "{}",
];
const PARAMS = [
  "region",
  "group",
  "period",
  "measure",
  "lang",
  "format",
  "fields",
  "latest",
  "cursor",
  "limit",
  "bom",
  "explain",
  "from",
  "to",
  "weight",
];
const VERSIONS = [
  "1.0.0",
  "^1",
  "~1.0",
  ">=1 <2",
  "*",
  "latest",
  "1.x",
  "x",
  "^",
  "1.0.0-beta",
  "v1",
  "01.0.0",
  "999999999999999999999.0.0",
];
const VALUES = [
  "CN-BJ",
  "CN-BJ,CN-SH",
  "CN,CHN",
  "west",
  "east,nowhere",
  "2015..2022",
  "..",
  "2015..",
  "..2022",
  "2022..2015",
  "2015-13",
  "2015-Q5",
  "2015-H3",
  "9999999999..99999999999",
  "0",
  "-1",
  "1e9",
  "zh",
  "en",
  "fr",
  "csv",
  "json",
  "",
  ",,,",
];

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_IDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);
const version = fc.oneof(fc.constantFrom(...VERSIONS), segment, fc.constant("1.".repeat(300)));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => "CN-BJ,".repeat(n)) },
);
const encode = (text: string, raw: boolean) => (raw ? text : encodeURIComponent(text));
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), segment), value, fc.boolean()), { maxLength: 6 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v, raw]) => `${encode(k, raw)}=${encode(v, raw)}`).join("&")}` : ""));
const path = fc.oneof(
  fc.tuple(segment).map(([s]) => `/v1/datasets/${s}`),
  fc
    .tuple(segment, version, fc.constantFrom("", ".json", ".csv", ".xml", "/", ".csv.json"))
    .map(([s, v, ext]) => `/v1/datasets/${s}@${v}/data${ext}`),
  fc.tuple(segment, version).map(([s, v]) => `/v1/datasets/${s}@${v}`),
  fc.tuple(segment, version, segment).map(([s, v, t]) => `/v1/datasets/${s}@${v}/${t}`),
  fc.tuple(segment).map(([s]) => `/v1/indicators/${s}`),
  fc.tuple(segment).map(([s]) => `/v1/${s}`),
  fc.tuple(segment, segment).map(([a, b]) => `/${a}/${b}`),
  fc.tuple(segment).map(([s]) => `/_data/${s}`),
  fc.tuple(segment).map(([s]) => `/widgets/${s}`),
  fc.constant("/v1/datasets/province-gdp@1.0.0/data"),
);
const overlong = fc.integer({ min: 4_000, max: 14_000 }).map((n) => `&pad=${"a".repeat(n)}`);
const header = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom("application/json", "text/csv", "*/*", "text/html", "application/xml", "text/csv;q=0", "garbage;;q=x"),
      fc.string({ maxLength: 60 }),
    ),
    "accept-language": fc.oneof(fc.constantFrom("zh-CN", "en", "zh-Hans;q=0.9,en;q=0.8", "xx", "*", ";;;"), fc.string({ maxLength: 60 })),
    "if-none-match": fc.oneof(fc.constantFrom("*", 'W/"x"', '"abc"', '""', "garbage"), fc.string({ maxLength: 60 })),
    range: fc.constantFrom("bytes=0-10", "bytes=-5", "bytes=x-y", "lines=1-2"),
    origin: fc.constantFrom("https://blog.example", "null", "http://evil.example"),
  },
  { requiredKeys: [] },
);
/** Header values Node refuses to send (controls, non-Latin-1) are dropped: the server never sees them anyway. */
const sendableHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v)));

/** A hostile request. */
export const hostileRequest: fc.Arbitrary<RawRequest> = fc
  .tuple(
    fc.constantFrom("GET", "GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"),
    path,
    query,
    fc.oneof({ weight: 19, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: overlong }),
    header,
  )
  .map(([method, p, q, long, headers]) => ({
    method,
    path: sendablePath(p + (q || (long ? "?" : "")) + (long ?? "")),
    headers: sendableHeaders(headers),
  }));

/** `count` hostile requests from `seed`. */
export const hostileRequests = (count: number, seed: number): RawRequest[] => fc.sample(hostileRequest, { numRuns: count, seed });
