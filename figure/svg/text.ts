/**
 * @module Text for the SVG renderer without a DOM: XML escaping, an estimate of a string's width (CJK and
 * full-width characters one em, Latin about 0.55 em) and line wrapping by that estimate — the same rules as the
 * widgets' PNG export (figure/format/wrap.ts).
 */
import { wrapLines } from "../format/wrap";

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** `value` escaped for SVG text content and attribute values. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The estimated width of `text` in px at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[A-Z0-9%]/.test(ch) ? 0.62 : 0.52;
  return em * size;
}

/** Lines of `text` no wider than `width` at `size` px (figure/format/wrap.ts: the rules, shared with the PNG export). */
export function wrap(text: string, size: number, width: number): string[] {
  return wrapLines(text, (t) => textWidth(t, size), width);
}

/** `text` cut with an ellipsis so that it fits `width` at `size` px. */
export function clip(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out + ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}
