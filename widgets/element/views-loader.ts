/**
 * @module Loads the views chunk (how each element turns data into a figure, and the schemas that check the
 * data) once per page. Elements start loading it as they start fetching, so both travel in parallel.
 * The shared views (views/index.ts) and each element's own view module (`pa-x/x-view.ts`, imported by the
 * element through a {@link ViewModule}) are separate modules in source; the build makes them one chunk
 * (scripts/build/widgets.ts), so a page still fetches one views file.
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

/** An element's own view module, loaded together with the shared views. */
export class ViewModule<M> {
  readonly #importer: () => Promise<M>;
  #loading: Promise<M> | undefined;
  #loaded: M | undefined;

  /** `importer` is the element's `() => import("./x-view")` (the build maps it to the views chunk). */
  constructor(importer: () => Promise<M>) {
    this.#importer = importer;
  }

  /** Imports the shared views and this module; a failed import is retried on the next call. */
  async load(): Promise<Views> {
    this.#loading ??= this.#importer().then(
      (m) => {
        this.#loaded = m;
        return m;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    const [shared] = await Promise.all([loadViews(), this.#loading]);
    return shared;
  }

  /** The module, once loaded (an element has data only after it is). */
  get(): M {
    if (!this.#loaded) throw new Error("view module not loaded");
    return this.#loaded;
  }
}
