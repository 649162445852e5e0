/**
 * @module The result of `GET /v1/indicators/{id}`: the worker's own schema (schemas/indicator.ts), so the
 * widget accepts exactly what the API promises.
 */
export { IndicatorResult } from "../../schemas/indicator";
