/**
 * @module The data lifecycle of an element as a Lit reactive controller: it loads when the request changes,
 * cancels what the element no longer needs, keeps showing the data while reloading, and reports the outcome.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type Loaded, WidgetDataError } from "./data-client";

/** What an element asks for: a key that changes when the request does, and how to load it. */
export interface Source<T> {
  key: string;
  load: (signal: AbortSignal) => Promise<Loaded<T>>;
}

/** Where the data of an element stands. */
export type LoadState<T> =
  | { kind: "loading" }
  | { kind: "error"; error: WidgetDataError }
  | { kind: "ready"; value: T; stale?: WidgetDataError };

/** Loads data for a host element; `source` is read before each render, `settled` hears every outcome. */
export class DataController<T> implements ReactiveController {
  state: LoadState<T> = { kind: "loading" };
  #key?: string;
  #abort?: AbortController;
  /** The key of the data on screen. */
  #readyKey?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => Source<T> | WidgetDataError,
    private readonly settled: (state: LoadState<T>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#key === undefined) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const source = this.source();
    const key = source instanceof WidgetDataError ? `error:${source.message}` : source.key;
    if (key !== this.#key) this.#run(source, key);
  }

  hostDisconnected(): void {
    // A request still running is cancelled; loading again on reconnect is the price of not leaking it.
    if (this.#abort && this.state.kind === "loading") this.#key = undefined;
    this.#abort?.abort();
  }

  /** Loads again (the element's `reload()`); the current data stays on screen until the answer. */
  reload(): void {
    this.#key = undefined;
    this.host.requestUpdate();
  }

  #run(source: Source<T> | WidgetDataError, key: string): void {
    this.#abort?.abort();
    this.#key = key;
    if (source instanceof WidgetDataError) {
      this.#settle({ kind: "error", error: source });
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    // A new question blanks the old answer; asking the same question again keeps it visible.
    if (this.state.kind !== "ready" || key !== this.#readyKey) this.state = { kind: "loading" };
    source.load(abort.signal).then(
      (loaded) => {
        if (abort.signal.aborted) return;
        this.#readyKey = key;
        this.#settle({ kind: "ready", value: loaded.value, stale: loaded.stale });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.#settle({ kind: "error", error: error instanceof WidgetDataError ? error : new WidgetDataError("invalid", String(error)) });
      },
    );
  }

  #settle(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
    this.settled(state);
  }
}
