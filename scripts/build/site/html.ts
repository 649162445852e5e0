/**
 * @module A tiny HTML templating tag for the generated pages: interpolations are escaped unless they are
 * {@link Html} (the result of another `html` call or {@link raw}), arrays are joined, `undefined`/`false` vanish.
 */

/** Markup that is already safe to insert. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value a template accepts. */
export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/**
 * Builds markup, escaping every interpolated string.
 * @example html`<a href="${url}">${title}</a>`
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? "";
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Marks trusted markup (e.g. MathML produced at build time) as safe to insert as it is. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * Serialises JSON for a `<script type="application/ld+json">` block: `<` is escaped so that no string in the
 * data can close the element.
 */
export function jsonForScript(value: unknown): Html {
  return new Html(JSON.stringify(value, null, 2).replace(/</g, "\\u003c"));
}
