/**
 * @module Loads an element's view (how it turns data into a figure) with the shared views (the schemas that
 * check the data, the figure model, the table, the plot) once per page. Elements start loading it as they
 * start fetching, so both travel in parallel. The build gives each element's view module (`pa-x/x-view.ts`)
 * a file of its own and puts the shared views in a chunk those import (scripts/build/widgets.ts), so a page
 * fetches only the views of the elements on it.
 */
import { html, nothing, svg } from "lit";

type Views = typeof import("../views/index");

/**
 * What an element's view module exports besides its view: the shared views, and the styles of its own figure
 * (CSS text, adopted with the shared views' frame styles when data is first shown: element/pa-element.ts).
 */
export type ViewFile = { shared: Views; styles?: string };

/** A module imported on first {@link Lazy.load}; a failed import is retried on the next call. */
class Lazy<M> {
  readonly #importer: () => Promise<M>;
  #loading: Promise<M> | undefined;
  #loaded: M | undefined;

  constructor(importer: () => Promise<M>) {
    this.#importer = importer;
  }

  load(): Promise<M> {
    this.#loading ??= this.#importer().then(
      (m) => (this.#loaded = m),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  get(): M {
    if (!this.#loaded) throw new Error("views not loaded");
    return this.#loaded;
  }
}

let shared: Views | undefined;

/** The shared views, once loaded (every element has data only after they are). */
export function views(): Views {
  if (!shared) throw new Error("views not loaded");
  return shared;
}

/**
 * An element's own view module, which hands over the shared views (`export * as shared from "../views/index"`):
 * one import per element, and the build gives the shared views no file of their own to wait for.
 */
export class ViewModule<M extends ViewFile = ViewFile> {
  readonly #own: Lazy<M>;

  /** `importer` is the element's `() => import("./x-view")` (the build maps it to the view's file). */
  constructor(importer: () => Promise<M>) {
    this.#own = new Lazy(importer);
  }

  /** Imports this module with the shared views; a failed import is retried on the next call. */
  async load(): Promise<Views> {
    const m = await this.#own.load();
    if (!shared) {
      m.shared.provide({ html, svg, nothing });
      shared = m.shared;
    }
    return shared;
  }

  /** The module, once loaded (an element has data only after it is). */
  get(): M {
    return this.#own.get();
  }
}
