/**
 * @module Fetches observations from the API and checks them with the same valibot schema the worker uses.
 * Every failure becomes a {@link WidgetDataError} with a kind the element can explain to a reader.
 */
import * as v from "valibot";
import { DataResponse } from "../../schemas/data-response";

/** Why data could not be shown. */
export type DataErrorKind = "network" | "timeout" | "http" | "invalid";

/** A failure to get data, with the API's own problem title when it gave one. */
export class WidgetDataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "WidgetDataError";
  }
}

/** What a chart asks for. */
export interface DataRequest {
  base: string;
  dataset: string;
  measure?: string;
  region?: string;
  period?: string;
}

/** Milliseconds before a request is given up. */
export const REQUEST_TIMEOUT_MS = 8000;

/** Builds the data URL of a request. */
export function dataUrl(request: DataRequest): string {
  const url = new URL(`${request.base}/v1/datasets/${encodeURIComponent(request.dataset).replace(/%40/g, "@")}/data.json`);
  for (const key of ["measure", "region", "period"] as const) {
    const value = request[key]?.trim();
    if (value) url.searchParams.set(key, value);
  }
  return url.href;
}

/** Fetches and validates a data response. `signal` cancels it (e.g. when the element is removed). */
export async function fetchData(request: DataRequest, signal?: AbortSignal): Promise<DataResponse> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataUrl(request), { signal: combined, credentials: "omit", headers: { accept: "application/json" } });
  } catch (error) {
    if (timeout.aborted) throw new WidgetDataError("timeout", "timeout");
    if (signal?.aborted) throw error;
    throw new WidgetDataError("network", (error as Error).message);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new WidgetDataError(response.ok ? "invalid" : "http", `HTTP ${response.status}`, response.status);
  }
  if (!response.ok) {
    const title = (body as { title?: unknown; detail?: unknown } | null)?.detail ?? (body as { title?: unknown } | null)?.title;
    throw new WidgetDataError("http", typeof title === "string" ? title : `HTTP ${response.status}`, response.status);
  }
  const parsed = v.safeParse(DataResponse, body);
  if (!parsed.success) throw new WidgetDataError("invalid", v.summarize(parsed.issues));
  return parsed.output;
}
