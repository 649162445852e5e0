/**
 * @module The element table (widgets/elements.ts) as the build reads it: one `export { PaX } from "./pa-x/pa-x"`
 * line per element. From it follow the views (each element folder's `*-view.ts`, a file of its own in the build), the Custom Elements
 * Manifest's sources and so the React types and the gallery (scripts/build/widgets.ts, site build).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { ts } from "@custom-elements-manifest/analyzer/index.js";
import { ROOT } from "../lib/paths";

/** The table, relative to the repository root. */
export const ELEMENT_TABLE = "widgets/elements.ts";

/** The element bases: the manifest describes their attributes, which every element inherits. */
export const ELEMENT_BASES = ["widgets/element/pa-element.ts", "widgets/element/dataset-element.ts", "widgets/element/chart-element.ts"];

/** One row of the table. */
export interface ElementEntry {
  /** The exported class name, e.g. `PaChart`. */
  className: string;
  /** The element's module, e.g. `widgets/pa-chart/pa-chart.ts`. */
  source: string;
  /** Its view modules (`widgets/pa-chart/chart-view.ts`): each is a file of its own in the build's views group. */
  views: string[];
  /** The tag, from the class's `@tagname` (which must match its `static tag`). */
  tag: string;
  /** The class's `@summary`: the gallery's words for an element it has no hand-written entry for. */
  summary: string;
  /** The attributes of the class's first `@example` element: the gallery's demo for such an element. */
  example: Record<string, string>;
}

/**
 * The tag, summary and first example an element's JSDoc declares. Throws when the element breaks a rule of the
 * table: a `static styles` of its own would sit in the entry, before the views' styles, and lose to them (an
 * element's CSS is its view's `styles` export, adopted when the view loads; widgets/element/pa-element.ts).
 */
export function docsOf(source: string, text: string): Pick<ElementEntry, "tag" | "summary" | "example"> {
  if (/\bstatic\s+(?:override\s+)?styles\b/.test(text))
    throw new Error(`${source}: an element declares no static styles; put its CSS in its view's "styles" export`);
  const tag = /@tagname\s+(pa-[a-z-]+)/.exec(text)?.[1];
  if (!tag) throw new Error(`${source}: the element's JSDoc needs "@tagname pa-…"`);
  if (!text.includes(`static readonly tag = "${tag}"`)) throw new Error(`${source}: @tagname ${tag} but no static readonly tag = "${tag}"`);
  const example = /@example\s+<pa-[a-z-]+([^>]*)>/.exec(text)?.[1] ?? "";
  return {
    tag,
    summary: /@summary\s+(.+)/.exec(text)?.[1]?.trim() ?? tag,
    example: Object.fromEntries([...example.matchAll(/([a-z][\w-]*)="([^"]*)"/g)].map((m) => [m[1] as string, m[2] as string])),
  };
}

/** The rows of the table under `root` (the repository, or a copy of it), in table order. */
export function widgetElements(root = ROOT): ElementEntry[] {
  const text = readFileSync(join(root, ELEMENT_TABLE), "utf8");
  const file = ts.createSourceFile(ELEMENT_TABLE, text, ts.ScriptTarget.ES2022, true);
  const entries: ElementEntry[] = [];
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) throw new Error(`${ELEMENT_TABLE}: write "export { PaX } from …", one element per line`);
    const source = `${posix.join(posix.dirname(ELEMENT_TABLE), statement.moduleSpecifier.text)}.ts`;
    const folder = dirname(source);
    const views = readdirSync(join(root, folder))
      .filter((f) => f.endsWith("-view.ts"))
      .map((f) => posix.join(folder, f));
    const docs = docsOf(source, readFileSync(join(root, source), "utf8"));
    for (const element of clause.elements) entries.push({ className: element.name.text, source, views, ...docs });
  }
  return entries;
}
