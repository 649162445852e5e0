/**
 * @module CSS of the views as plain text. The views style what an element shows with data, and the element adopts
 * that text as a stylesheet when it first shows data (element/pa-element.ts): the entry then carries only the styles
 * of the loading and error frame. Plain text because the views have no Lit of their own when they are evaluated
 * (the entry provides it later: lit-runtime.ts). The tag is named `css` so that the build compacts these templates
 * as it does Lit's (scripts/build/widgets.ts).
 */

/** A CSS template literal as its text. */
export const css = (strings: TemplateStringsArray, ...values: string[]): string => String.raw({ raw: strings }, ...values);
