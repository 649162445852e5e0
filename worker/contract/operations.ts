/**
 * @module The registry of `/v1` operations: one line per operation list. The OpenAPI document, the typed client,
 * the reference page and the contract tests all derive from it; a route without an operation fails a test.
 * To document a new family of routes, write its `…-operations.ts` (see `operation.ts`) and add one line here.
 */
import { CHART_OPERATIONS } from "./chart-operations";
import { DATASET_OPERATIONS } from "./dataset-operations";
import { FIND_OPERATIONS } from "./find-operations";
import { INDICATOR_OPERATIONS } from "./indicator-operations";
import { META_OPERATIONS } from "./meta-operations";
import type { Operation } from "./operation";

export type { Body, Example, Operation } from "./operation";

/** Every operation of `/v1`, in the order of the document. */
export const OPERATIONS: Operation[] = [
  ...META_OPERATIONS,
  ...DATASET_OPERATIONS,
  ...INDICATOR_OPERATIONS,
  ...FIND_OPERATIONS,
  ...CHART_OPERATIONS,
];
