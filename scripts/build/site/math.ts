/**
 * @module TeX → MathML at build time with temml: pages show formulas with no script and no font or CSS from a
 * CDN (browsers render MathML Core natively). temml writes a few `style` attributes, which a strict CSP
 * (`style-src 'self'`) would refuse; they are removed and their effect comes from `site.css` instead.
 */
import temml from "temml";
import { type Html, raw } from "./html";

/** Renders display-mode TeX as MathML, keeping the TeX source as an annotation. Throws on invalid TeX. */
export function mathml(latex: string, label: string): Html {
  const markup = temml.renderToString(latex, { displayMode: true, annotate: true, throwOnError: true });
  const clean = markup.replace(/\s+style="[^"]*"/g, "");
  // The accessible name is the plain-text formula, which reads better than MathML element by element.
  return raw(clean.replace(/^<math /, `<math aria-label="${label.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" `));
}
