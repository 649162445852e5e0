/**
 * @module The indicator registry and one worked example per indicator, read at build time by calling the worker's
 * own application in-process (`app.request`), with its static-assets binding answered from the freshly built
 * assets folder. The pages thus show exactly what `GET /v1/indicators…` answers, from the same immutable data
 * versions, without a server running and without a second implementation.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LocalizedText } from "../../../schemas";
import { ROOT } from "../../lib/paths";

/**
 * What the pages read of a registry entry (`GET /v1/indicators`). Declared here rather than imported from the
 * indicators' schema so that the site builds, with an empty registry, in a tree without indicators.
 */
export interface IndicatorInfo {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  unit: LocalizedText;
  method: { version: string; formula: string; where?: LocalizedText; latex: string; reference: string };
  parameters: {
    name: string;
    kind: string;
    required: boolean;
    description: LocalizedText;
    default?: string | number;
    choices?: string[];
    example?: string;
  }[];
  example: string;
}

/** A named view of the registry. */
export interface IndicatorView {
  id: string;
  title: LocalizedText;
  question: LocalizedText;
  description: LocalizedText;
  indicator: string;
  /** The indicator query the view stands for. */
  query: string;
}

/** What the pages read of a computed result (`GET /v1/indicators/{id}?…&explain=1`). */
export interface IndicatorResult {
  title: LocalizedText;
  unit: LocalizedText;
  parameters: Record<string, unknown>;
  inputs: { param: string; dataset: string; version: string; requested: string; hash: string; measure?: string; field?: string }[];
  results: {
    period: string;
    region?: string;
    category?: string;
    value: number;
    components?: Record<string, number | null>;
    class?: string;
  }[];
  warnings?: LocalizedText[];
  explain?: Record<string, unknown>;
}

/** The registry and a computed example (with `explain=1`) per indicator. */
export interface IndicatorData {
  indicators: IndicatorInfo[];
  views: IndicatorView[];
  /** Result of each indicator's documented example, by indicator id (absent when the example failed). */
  examples: Map<string, IndicatorResult>;
  /** Result of each named view, by view id (absent when it failed). */
  viewResults: Map<string, IndicatorResult>;
  /** Results of other queries pages show (`{indicator}?{params}` → result), e.g. the home page's. */
  queried?: Map<string, IndicatorResult>;
}

interface WorkerApp {
  request(url: string, init: RequestInit, env: unknown): Response | Promise<Response>;
}

/** A static-assets binding over a folder, as `env.ASSETS` is under wrangler. */
function folderAssets(assetsDir: string) {
  return {
    async fetch(input: Request | string | URL): Promise<Response> {
      const url = new URL(input instanceof Request ? input.url : String(input));
      try {
        return new Response(await readFile(join(assetsDir, decodeURIComponent(url.pathname))));
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  };
}

/** Where the API's indicators live; `undefined` registry when this tree has no indicators route. */
export async function loadIndicatorData(
  assetsDir: string,
  queries: readonly { indicator: string; params: string }[] = [],
): Promise<IndicatorData> {
  const none: IndicatorData = { indicators: [], views: [], examples: new Map(), viewResults: new Map() };
  if (!existsSync(join(ROOT, "worker/routes/indicators.ts"))) return none;
  // Imported by URL so the Node type-check does not pull in worker-only types; tsx runs the TypeScript.
  const { app } = (await import(pathToFileURL(join(ROOT, "worker/app.ts")).href)) as { app: WorkerApp };
  const env = { ASSETS: folderAssets(assetsDir) };
  const get = async <T>(path: string): Promise<T | undefined> => {
    const response = await app.request(`http://build.invalid${path}`, {}, env);
    return response.ok ? ((await response.json()) as T) : undefined;
  };
  const registry = await get<{ indicators: IndicatorInfo[]; views?: IndicatorView[] }>("/v1/indicators");
  if (!registry) return none;
  const examples = new Map<string, IndicatorResult>();
  for (const indicator of registry.indicators) {
    const result = await get<IndicatorResult>(`/v1/indicators/${indicator.id}?${indicator.example}&explain=1`);
    if (result) examples.set(indicator.id, result);
  }
  const viewResults = new Map<string, IndicatorResult>();
  for (const view of registry.views ?? []) {
    const result = await get<IndicatorResult>(`/v1/indicators/views/${view.id}`);
    if (result) viewResults.set(view.id, result);
  }
  const queried = new Map<string, IndicatorResult>();
  for (const { indicator, params } of queries) {
    const result = await get<IndicatorResult>(`/v1/indicators/${indicator}?${params}`);
    if (result) queried.set(`${indicator}?${params}`, result);
  }
  return { indicators: registry.indicators, views: registry.views ?? [], examples, viewResults, queried };
}
