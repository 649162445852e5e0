/**
 * @module Registers a custom element once: a second copy of the script on a page must not throw.
 */

/** Defines `tag` unless an element of that name is already defined. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
