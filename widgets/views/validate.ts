/**
 * @module Validation of API bodies with the worker's own valibot schemas. Failures are errors named
 * `InvalidData`, which the entry turns into the "unexpected shape" message.
 */
import * as v from "valibot";
import { DataResponse } from "../../schemas/data-response";
import { IndicatorResult } from "./indicator-result";

/** Validates `body` with `schema`, or throws an `InvalidData` error summarising the issues. */
export function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, body);
  if (parsed.success) return parsed.output;
  const error = new Error(v.summarize(parsed.issues));
  error.name = "InvalidData";
  throw error;
}

/** A body of `GET /v1/datasets/{id}@{version}/data.json`. */
export const parseData = (body: unknown): DataResponse => parse(DataResponse, body);

/** A body of `GET /v1/indicators/{id}`. */
export const parseIndicator = (body: unknown): IndicatorResult => parse(IndicatorResult, body);
