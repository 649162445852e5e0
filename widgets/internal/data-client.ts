/**
 * @module Fetches JSON from the API and hands it to a validator (the views's valibot schemas, the same
 * the worker uses). Every failure becomes a {@link WidgetDataError} with a kind the element can explain to a
 * reader. The last good value of each URL is kept in memory (never in storage) so that a later failure can
 * still show it, marked stale.
 */

/** Why data could not be shown (`config`: the element's own attributes are wrong; the message says how). */
export type DataErrorKind = "network" | "timeout" | "http" | "parse" | "invalid" | "config";

/** A failure to get data, with the API's own problem title and detail when it gave them. */
export class WidgetDataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "WidgetDataError";
  }
  /** For an API problem: its body (`param` and `allowed` say what it refused and what it accepts). */
  problem?: unknown;
}

/** What a load returns: the value, and the error that made it stale if it came from the memory of a success. */
export interface Loaded<T> {
  value: T;
  stale?: WidgetDataError;
}

/** Milliseconds before a request is given up, unless the element says otherwise (`timeout` attribute). */
export const DEFAULT_TIMEOUT_MS = 10_000;

const lastGood = new Map<string, unknown>();

/**
 * Checks a parsed body and returns the typed value. It throws an error named `InvalidData` for a body of the
 * wrong shape (the views have their own copy of no class of ours, so errors are told apart by name).
 */
export type Validate<T> = (body: unknown) => T | Promise<T>;

/** Runs a validator, turning its failures into {@link WidgetDataError}s. */
export async function validated<T>(validate: Validate<T>, body: unknown): Promise<T> {
  try {
    return await validate(body);
  } catch (error) {
    if (error instanceof WidgetDataError) throw error;
    const e = error as Error;
    // Anything else is the views failing to load: a network failure as the reader sees it.
    throw new WidgetDataError(e.name === "InvalidData" ? "invalid" : "network", e.message);
  }
}

const inflight = new Map<string, Promise<unknown>>();

/** One request per URL at a time: elements asking for the same data (a ranking and a map) share it. */
function sharedBody(url: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const key = `${timeoutMs} ${url}`;
  let body = inflight.get(key);
  if (!body) {
    body = fetchBody(url, timeoutMs).finally(() => inflight.delete(key));
    inflight.set(key, body);
  }
  if (!signal) return body;
  const shared = body;
  // Leaving stops waiting, not the shared request another element may still need.
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) abort();
    signal.addEventListener("abort", abort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}

/** Fetches `url` and validates it; `signal` cancels it (e.g. when the element is removed). */
export async function fetchJson<T>(
  url: string,
  validate: Validate<T>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<Loaded<T>> {
  try {
    const value = await validated(validate, await sharedBody(url, timeoutMs, signal));
    lastGood.set(url, value);
    return { value };
  } catch (error) {
    // Only failures of the service make remembered data worth showing; a cancelled request is not one.
    if (error instanceof WidgetDataError && lastGood.has(url)) return { value: lastGood.get(url) as T, stale: error };
    throw error;
  }
}

/** Parses inline JSON (a child `<script type="application/json">`) with the same error kinds as a response. */
export function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new WidgetDataError("parse", "inline JSON");
  }
}

async function fetchBody(url: string, timeoutMs: number): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let text: string;
  try {
    // No cookies, no referrer beyond the origin: the widget never identifies a reader.
    response = await fetch(url, { signal: timeout, credentials: "omit", headers: { accept: "application/json" } });
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) throw new WidgetDataError("timeout", `${timeoutMs} ms`);
    throw new WidgetDataError("network", (error as Error).message);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    if (!response.ok) throw new WidgetDataError("http", `HTTP ${response.status}`, response.status);
    throw new WidgetDataError("parse", "JSON");
  }
  if (!response.ok) {
    const problem = (body ?? {}) as { title?: unknown; detail?: unknown };
    const parts = [problem.title, problem.detail].filter((s): s is string => typeof s === "string" && s.length > 0);
    const error = new WidgetDataError("http", parts.join(" — ") || `HTTP ${response.status}`, response.status);
    error.problem = problem;
    throw error;
  }
  return body;
}
