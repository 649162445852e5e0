/**
 * @module The indicator registry: each definition of `definitions.ts` (the one list) joined with its own `texts`,
 * in the order `GET /v1/indicators` lists them. Used at build time (written to `_data/indicators.json`, which the
 * worker serves), by the OpenAPI contract and by the tests. The worker imports only `definitions.ts`, and its
 * bundle folds the texts away (see `texts` in types.ts).
 */
import type { IndicatorInfo, IndicatorMethod, IndicatorParameter, IndicatorView } from "../../schemas/indicator";
import { DEFINITIONS } from "./definitions";
import { parameterDocs } from "./parameter-docs";
import type { Indicator, IndicatorText } from "./types";
import { VIEWS } from "./views";

/** A definition with its texts: everything the registry says about an indicator, and how to compute it. */
export type DescribedIndicator = Indicator &
  Omit<IndicatorText, "method" | "parameters"> & { readonly method: IndicatorMethod; readonly parameters: IndicatorParameter[] };

/** Joins a definition and its texts; throws when they are missing or do not match the definition's parameters. */
function describe(definition: Indicator): DescribedIndicator {
  const text = definition.texts;
  if (!text) throw new Error(`indicator ${definition.id} has no texts (or this code runs in the worker bundle, which drops them)`);
  return {
    ...definition,
    title: text.title,
    description: text.description,
    unit: text.unit,
    method: { version: definition.method.version, ...text.method },
    example: text.example,
    parameters: parameterDocs(definition, text),
  };
}

/** Every indicator with its texts, in the order of {@link DEFINITIONS}. */
export const INDICATORS: readonly DescribedIndicator[] = DEFINITIONS.map(describe);

/** Looks an indicator up by id. */
export const findIndicator = (id: string): DescribedIndicator | undefined => INDICATORS.find((i) => i.id === id);

/** The registry entry of an indicator, as `GET /v1/indicators` lists it (without links, which name the host). */
export const infoOf = (i: DescribedIndicator): IndicatorInfo => ({
  id: i.id,
  title: i.title,
  description: i.description,
  unit: i.unit,
  method: i.method,
  parameters: i.parameters,
  example: i.example,
});

/** Every named view with its texts, as the registry lists it (without links). */
export const DESCRIBED_VIEWS: readonly IndicatorView[] = VIEWS.map((view) => ({
  id: view.id,
  title: view.title,
  question: view.question,
  description: view.description,
  indicator: view.indicator,
  query: view.query,
}));
