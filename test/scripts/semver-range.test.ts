/**
 * The worker's port of npm semver ranges (worker/lib/semver-range.ts) against the `semver` package it replaces in
 * the bundle: the same ranges are valid, and the same version is picked, for generated ranges of up to 64
 * characters (the API's limit). It runs in the Node project, where the package is.
 */
import fc from "fast-check";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { maxSatisfying, parseRange, satisfies } from "../../worker/lib/semver-range";

/** Published versions are strict `x.y.z`. */
const VERSIONS = [
  "0.0.1",
  "0.0.2",
  "0.1.0",
  "0.1.5",
  "0.2.0",
  "1.0.0",
  "1.0.1",
  "1.1.0",
  "1.2.3",
  "1.10.0",
  "2.0.0",
  "2.1.0",
  "3.0.0",
  "10.0.0",
];

/** Every `x.y.z` with parts the generated ranges use, to compare which versions a range admits. */
const GRID = ["0", "1", "2", "3", "10"].flatMap((x) =>
  ["0", "1", "2", "3", "10"].flatMap((y) => ["0", "1", "2", "3", "10"].map((z) => `${x}.${y}.${z}`)),
);

/** What the package answers: `undefined` for an invalid range, else the versions of GRID it admits and the newest of `versions`. */
function expected(versions: string[], range: string) {
  if (semver.validRange(range) === null) return undefined;
  const parsed = new semver.Range(range);
  return { admits: GRID.filter((v) => parsed.test(v)), newest: semver.maxSatisfying(versions, range) };
}

/** What the port answers, in the same terms. */
function actual(versions: string[], range: string) {
  const parsed = parseRange(range);
  if (parsed === undefined) return undefined;
  return { admits: GRID.filter((v) => satisfies(v, parsed)), newest: maxSatisfying(versions, parsed) };
}

const versionsArb = fc.subarray(VERSIONS, { minLength: 0 }).chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length }));

/** Mostly what ranges are made of, sometimes what makes them invalid or odd. */
const often = <T>(usual: T[], rare: T[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 6 }, { arbitrary: fc.constantFrom(...rare), weight: 1 });
const part = often(["0", "1", "2", "3", "10", "x", "X", "*"], ["01", "9007199254740991", "9007199254740992", "99999999999999999999"]);
const pre = often([""], ["-0", "-alpha", "-alpha.1", "-1", "-01", "-beta.2.x", "-", "-a..b", ".4"]);
const build = often([""], ["+b", "+b.1", "+", "+-.x"]);
const prefix = often([""], ["v", "=", "v=", "= ", "vv"]);
const op = often(["", "=", "<", ">", "<=", ">=", "~", "~>", "^"], ["< ", ">= ", "~ ", "~> ", "^ ", "<>", "=<", "!", "> =", "~>=", "^~"]);
const space = often(["", " "], ["  ", "\t", "\u00a0", "\n "]);
const separator = often([" ", " - ", " || "], ["-", "||", "|", " | ", "  ", ""]);

/** One comparator-like term: operator, prefix, one to three parts, prerelease and build. */
const term = fc
  .tuple(op, prefix, fc.array(part, { minLength: 1, maxLength: 3 }), pre, build)
  .map(([o, p, parts, pr, b]) => `${o}${p}${parts.join(".")}${pr}${b}`);

/** A range: terms joined by spaces, hyphens and `||`, with stray whitespace. */
const range = fc
  .array(fc.tuple(space, term, separator), { minLength: 1, maxLength: 4 })
  .map((items) => items.map(([s, t, sep], i) => `${s}${t}${i < items.length - 1 ? sep : ""}`).join(""))
  .filter((r) => r.length <= 64);

/** Anything made of the characters ranges use. */
const noise = fc.array(fc.constantFrom(..."0123456789.xX*^~<>=-+| vab\t"), { maxLength: 64 }).map((chars) => chars.join(""));

describe("the worker's semver ranges", () => {
  it("should agree with the semver package on documented and edge-case ranges", () => {
    const ranges = [
      "^1",
      "~1.0",
      "1.x",
      ">=1.0.0 <2",
      "*",
      "",
      "latest",
      "1.0.0 - 2",
      "1.2 - 2.x",
      "^0.1",
      "^0.0.1",
      "~>1.2",
      "> 1",
      ">= 1.0.0",
      "< 2 || >= 10",
      "1 ||",
      "<0.0.0-0",
      ">=0.0.0",
      "^1.2.3-beta.1",
      "1.2.3+build",
      "v1",
      "=1.0.0",
      "x.1",
      "1.x.2",
      "^99999999999999999999",
      "^9007199254740991",
      "1.0.0.0",
      "01.0.0",
      "foo",
      ">",
      "1 - ",
    ];
    for (const r of ranges) expect(actual(VERSIONS, r), JSON.stringify(r)).toEqual(expected(VERSIONS, r));
  });

  it("should agree with the semver package on generated ranges", () => {
    fc.assert(
      fc.property(versionsArb, range, (versions, r) => {
        expect(actual(versions, r), JSON.stringify(r)).toEqual(expected(versions, r));
      }),
      { numRuns: 10_000 },
    );
  });

  it("should agree with the semver package on arbitrary strings of range characters", () => {
    fc.assert(
      fc.property(versionsArb, noise, (versions, r) => {
        expect(actual(versions, r), JSON.stringify(r)).toEqual(expected(versions, r));
      }),
      { numRuns: 10_000 },
    );
  });
});
