/**
 * @module Routes of `/v1` that are deprecated, with their dates (see docs/api.md "Stability"). Empty while no
 * route is retired; an entry here adds Deprecation/Sunset headers and, after the sunset, answers 410.
 */
import type { Retirement } from "./middleware/deprecation";

/** Path pattern (as in `app.use`) → retirement. */
export const RETIRED: ReadonlyArray<{ path: string; retirement: Retirement }> = [];
