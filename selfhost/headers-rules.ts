/**
 * @module The `_headers` file of Workers static assets (the same file Cloudflare applies), parsed and matched for
 * the self-hosted assets service: a rule is a path pattern (`*` matches anything, `:name` one segment) followed
 * by indented `Name: value` lines; `! Name` removes a header an earlier rule set. Matching rules apply in file
 * order; a header set by several rules is joined with ", ", as Cloudflare does.
 */

/** One rule: the pattern, the headers it sets and those it detaches. */
export interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

const literal = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");

/** The regular expression of a `_headers` path pattern. */
export function patternOf(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") && part.length > 1 ? "[^/]+" : literal(part)))
    .join("");
  return new RegExp(`^${source}$`);
}

/** Parses the text of a `_headers` file. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: patternOf(line.trim()), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) continue;
    const entry = line.trim();
    if (entry.startsWith("!")) rule.detach.push(entry.slice(1).trim().toLowerCase());
    else {
      const colon = entry.indexOf(":");
      if (colon > 0) rule.set.push([entry.slice(0, colon).trim().toLowerCase(), entry.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers the rules give `pathname`. */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const before = headers.get(name);
      headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}
