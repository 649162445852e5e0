/**
 * @module npm semver ranges (`^1`, `~1.2`, `1.x`, `>=1.0.0 <2`, `1 - 2`, `a || b`) for the worker: a port of the
 * `semver` package's range parsing (strict mode, prereleases not included), so that the bundle does not carry the
 * whole package (about 6 KB gzip). It answers what `validRange` and `maxSatisfying` answer, for ranges of at most
 * 64 characters and published versions `x.y.z` (no prerelease): test/scripts/semver-range.test.ts compares it
 * with the package on generated ranges. Pure.
 *
 * The steps and regular expressions follow `semver/classes/range.js` and `semver/internal/re.js`. Where the
 * package limits repetitions to guard long inputs (`\s{0,1}` for `\s*`), so does this port; limits on digits and
 * identifiers (256 characters) cannot bind on 64.
 */

/** One comparator: an operator and a version `[major, minor, patch, has-prerelease]`, or none for "any version". */
interface Comparator {
  op: string;
  v?: [number, number, number, boolean];
}

/** A parsed range: any of the sets matches when all of its comparators do. */
export type SemverRange = Comparator[][];

const NUM = "0|[1-9]\\d*";
const CH = "[a-zA-Z0-9-]";
const PREID = `(?:\\d*[a-zA-Z-]${CH}*|${NUM})`;
const PREIDLOOSE = `(?:\\d*[a-zA-Z-]${CH}*|\\d+)`;
const PRE = `(?:-(${PREID}(?:\\.${PREID})*))`;
const BUILD = `(?:\\+(${CH}+(?:\\.${CH}+)*))`;
const FULLPLAIN = `v?(${NUM})\\.(${NUM})\\.(${NUM})${PRE}?${BUILD}?`;
const LOOSEPLAIN = `[v=\\s]*(\\d+)\\.(\\d+)\\.(\\d+)(?:-?(${PREIDLOOSE}(?:\\.${PREIDLOOSE})*))?${BUILD}?`;
const XID = `${NUM}|x|X|\\*`;
const XRANGEPLAIN = `[v=\\s]*(${XID})(?:\\.(${XID})(?:\\.(${XID})(?:${PRE})?${BUILD}?)?)?`;
const GTLT = "((?:<|>)?=?)";

const BUILD_ALL = new RegExp(BUILD, "g");
const BUILD_ONE = new RegExp(BUILD);
const HYPHEN = new RegExp(`^\\s?(${XRANGEPLAIN})\\s-\\s(${XRANGEPLAIN})\\s?$`);
const COMPARATOR_TRIM = new RegExp(`(\\s?)${GTLT}\\s?(${LOOSEPLAIN}|${XRANGEPLAIN})`, "g");
const TILDE_TRIM = /(\s?)~>?\s/g;
const CARET_TRIM = /(\s?)\^\s/g;
const TILDE = new RegExp(`^~>?${XRANGEPLAIN}$`);
const CARET = new RegExp(`^\\^${XRANGEPLAIN}$`);
const XRANGE = new RegExp(`^${GTLT}\\s?${XRANGEPLAIN}$`);
const STAR = /(<|>)?=?\s?\*/;
const GTE0 = /^\s?>=\s?0\.0\.0\s?$/;
const COMPARATOR = new RegExp(`^${GTLT}\\s?(${FULLPLAIN})$|^$`);

type Part = string | undefined;

const isX = (id: Part) => !id || id.toLowerCase() === "x" || id === "*";

/** Applies `f` to each whitespace-separated comparator of `comp` (the package's `replaceCarets` and `replaceTildes`). */
const each = (comp: string, f: (c: string) => string) => comp.trim().split(/\s+/).map(f).join(" ");

/** `1.2.3 - 2.3` → `>=1.2.3 <2.4.0-0`. */
function hyphen(
  _: string,
  from: string,
  fM: Part,
  fm: Part,
  fp: Part,
  _fpr: Part,
  _fb: Part,
  to: string,
  tM: Part,
  tm: Part,
  tp: Part,
  tpr: Part,
) {
  if (isX(fM)) from = "";
  else if (isX(fm)) from = `>=${fM}.0.0`;
  else if (isX(fp)) from = `>=${fM}.${fm}.0`;
  else from = `>=${from}`;
  if (isX(tM)) to = "";
  else if (isX(tm)) to = `<${Number(tM) + 1}.0.0-0`;
  else if (isX(tp)) to = `<${tM}.${Number(tm) + 1}.0-0`;
  else if (tpr) to = `<=${tM}.${tm}.${tp}-${tpr}`;
  else to = `<=${to}`;
  return `${from} ${to}`.trim();
}

/** `~1.2.3` → `>=1.2.3 <1.3.0-0`; `~1` → `>=1.0.0 <2.0.0-0`. */
function tilde(_: string, M: Part, m: Part, p: Part, pr: Part) {
  if (isX(M)) return "";
  if (isX(m)) return `>=${M}.0.0 <${Number(M) + 1}.0.0-0`;
  if (isX(p)) return `>=${M}.${m}.0 <${M}.${Number(m) + 1}.0-0`;
  return `>=${M}.${m}.${p}${pr ? `-${pr}` : ""} <${M}.${Number(m) + 1}.0-0`;
}

/** `^1.2.3` → `>=1.2.3 <2.0.0-0`; `^0.1.2` → `>=0.1.2 <0.2.0-0`; `^0.0.1` → `>=0.0.1 <0.0.2-0`. */
function caret(_: string, M: Part, m: Part, p: Part, pr: Part) {
  if (isX(M)) return "";
  if (isX(m)) return `>=${M}.0.0 <${Number(M) + 1}.0.0-0`;
  if (isX(p)) return `>=${M}.${m}.0 <${M === "0" ? `${M}.${Number(m) + 1}` : `${Number(M) + 1}.0`}.0-0`;
  const upper = M !== "0" ? `${Number(M) + 1}.0.0` : m !== "0" ? `${M}.${Number(m) + 1}.0` : `${M}.${m}.${Number(p) + 1}`;
  return `>=${M}.${m}.${p}${pr ? `-${pr}` : ""} <${upper}-0`;
}

/** `1.x` → `>=1.0.0 <2.0.0-0`, `>1.2` → `>=1.3.0`, `*` → `*` (any), `<*` → nothing. */
function xrange(comp: string): string {
  return comp.replace(XRANGE, (whole: string, op: string, M: Part, m: Part | number, p: Part | number) => {
    if ((isX(M) && !isX(m as Part)) || (isX(m as Part) && p && !isX(p as Part))) return comp;
    const xM = isX(M);
    const xm = xM || isX(m as Part);
    const xp = xm || isX(p as Part);
    if (op === "=" && xp) op = "";
    if (xM) return op === ">" || op === "<" ? "<0.0.0-0" : "*";
    if (op && xp) {
      let major: Part | number = M;
      if (xm) m = 0;
      p = 0;
      if (op === ">") {
        op = ">=";
        if (xm) {
          major = Number(M) + 1;
          m = 0;
        } else m = Number(m) + 1;
      } else if (op === "<=") {
        op = "<";
        if (xm) major = Number(M) + 1;
        else m = Number(m) + 1;
      }
      return `${op + major}.${m}.${p}${op === "<" ? "-0" : ""}`;
    }
    if (xm) return `>=${M}.0.0 <${Number(M) + 1}.0.0-0`;
    if (xp) return `>=${M}.${m}.0 <${M}.${Number(m) + 1}.0-0`;
    return whole;
  });
}

/** Carets, tildes, x-ranges and stars of one space-free token → plain comparators. */
function desugar(comp: string): string {
  comp = comp.replace(BUILD_ONE, "");
  comp = each(comp, (c) => c.replace(CARET, caret));
  comp = each(comp, (c) => c.replace(TILDE, tilde));
  comp = comp
    .split(/\s+/)
    .map((c) => xrange(c.trim()))
    .join(" ");
  return comp.trim().replace(STAR, "");
}

/** One plain comparator; throws when it is not one (so the range is invalid). */
function comparator(text: string): Comparator {
  const m = COMPARATOR.exec(text);
  if (!m) throw new TypeError(`invalid comparator ${text}`);
  const op = m[1] === "=" ? "" : (m[1] ?? "");
  if (!m[2]) return { op };
  const v: [number, number, number, boolean] = [Number(m[3]), Number(m[4]), Number(m[5]), m[6] !== undefined];
  if (v.slice(0, 3).some((x) => (x as number) > Number.MAX_SAFE_INTEGER)) throw new TypeError(`invalid version in ${text}`);
  return { op, v };
}

/** The comparators of one `||` alternative. */
function parseSet(range: string): Comparator[] {
  range = range
    .replace(BUILD_ALL, "")
    .replace(HYPHEN, hyphen)
    .replace(COMPARATOR_TRIM, "$1$2$3")
    .replace(TILDE_TRIM, "$1~")
    .replace(CARET_TRIM, "$1^");
  return range
    .split(" ")
    .map(desugar)
    .join(" ")
    .split(/\s+/)
    .map((c) => comparator(c.trim().replace(GTE0, "")));
}

/** Parses a range as `new Range(range)` of the `semver` package does; `undefined` where that throws (`validRange` is null). */
export function parseRange(range: string): SemverRange | undefined {
  try {
    return range
      .trim()
      .replace(/\s+/g, " ")
      .split("||")
      .map((r) => parseSet(r.trim()));
  } catch {
    return undefined;
  }
}

/** Orders `x.y.z` against a comparator's version: the main parts, then a prerelease sorts before its release. */
function compare(a: readonly number[], b: readonly [number, number, number, boolean]): number {
  for (let i = 0; i < 3; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return b[3] ? 1 : 0;
}

/** Whether a version `x.y.z` (no prerelease) satisfies the comparator. */
function test(c: Comparator, version: readonly number[]): boolean {
  if (!c.v) return true;
  const d = compare(version, c.v);
  return c.op === "" ? d === 0 : c.op === ">" ? d > 0 : c.op === ">=" ? d >= 0 : c.op === "<" ? d < 0 : d <= 0;
}

/** Whether a version `x.y.z` (no prerelease) satisfies the range (as the package's `satisfies`). */
export const satisfies = (version: string, range: SemverRange): boolean => {
  const parts = version.split(".").map(Number);
  return range.some((set) => set.every((c) => test(c, parts)));
};

/** The newest of `versions` (each `x.y.z`) that satisfies `range`, or `null` (as the package's `maxSatisfying`). */
export function maxSatisfying(versions: readonly string[], range: SemverRange): string | null {
  let best: string | null = null;
  let bestParts: number[] = [];
  for (const version of versions) {
    if (!satisfies(version, range)) continue;
    const parts = version.split(".").map(Number);
    if (best === null || compare(bestParts, [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, false]) < 0) {
      best = version;
      bestParts = parts;
    }
  }
  return best;
}
