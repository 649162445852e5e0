/**
 * @module The default API base: the origin this script was loaded from, so one script tag needs no config.
 */

/** The origin of the widget bundle (e.g. `https://atlas.example`). */
export const SCRIPT_ORIGIN: string = new URL(import.meta.url).origin;

/** The API base for an element: its `api` attribute if set, else the script's origin. */
export function apiBase(attribute: string | null | undefined): string {
  return (attribute?.trim() || SCRIPT_ORIGIN).replace(/\/+$/, "");
}
