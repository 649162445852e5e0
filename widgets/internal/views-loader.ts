/**
 * @module Loads the views chunk (how each element turns data into a figure, and the schemas that check the
 * data) once per page. Elements start loading it as they start fetching, so both travel in parallel.
 */
import { html, nothing, svg } from "lit";

type Views = typeof import("../views/index");

let loading: Promise<Views> | undefined;
let loaded: Views | undefined;

/** The views chunk, imported on first call; a failed import is retried on the next call. */
export function loadViews(): Promise<Views> {
  loading ??= import("../views/index").then(
    (m) => {
      m.provide({ html, svg, nothing });
      loaded = m;
      return m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The views chunk, once loaded (every element has data only after it is). */
export function views(): Views {
  if (!loaded) throw new Error("views chunk not loaded");
  return loaded;
}
