/**
 * @module Lit as the views see it when built: the build resolves their `lit` imports to this
 * file, and the entry hands over its own Lit with {@link provide} before any view runs. One Lit per page, no
 * second copy in the chunk. (In tests and type checks the views import the real `lit` directly.)
 */
import type * as Lit from "lit";

/** The parts of Lit the views use. */
export type LitRuntime = Pick<typeof Lit, "html" | "svg" | "nothing">;

/** Lit's `html` tag, once provided. */
export let html: LitRuntime["html"];
/** Lit's `svg` tag, once provided. */
export let svg: LitRuntime["svg"];
/** Lit's `nothing`, once provided. */
export let nothing: LitRuntime["nothing"];

/** Installs the entry's Lit. */
export function provide(lit: LitRuntime): void {
  ({ html, svg, nothing } = lit);
}
