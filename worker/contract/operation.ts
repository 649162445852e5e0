/**
 * @module The shape of one documented `/v1` operation (what `scripts/build/openapi.ts` turns into the OpenAPI
 * document, and what the contract tests replay), and a maker for the common kind: one document, `lang` only.
 * The operation lists import this module; `operations.ts` lists them, one line each.
 */
import type * as v from "valibot";
import { LangQuery } from "../../schemas/query";
import type { ProblemType } from "../lib/problem";
import { COMMON } from "./problem-sets";

/** A body: a valibot schema for JSON, or a JSON Schema written out (CSV is a string). */
export type Body = v.GenericSchema | { jsonSchema: Record<string, unknown> };

/** One example request: its parameters, and the status it is documented (and tested) to return. */
export interface Example {
  name: string;
  summary: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  status: number;
  /** For an error example: the problem type it returns. */
  problem?: ProblemType;
}

/** One documented operation. */
export interface Operation {
  id: string;
  path: string;
  hono: string;
  summary: string;
  description: string;
  tags: string[];
  pathParams?: Record<string, { description: string; pattern?: string }>;
  query: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** Media type → body of a 200. */
  success: Record<string, Body>;
  /** How the cache policy is chosen. */
  caching: "version" | "short" | "deploy";
  problems: ProblemType[];
  examples: Example[];
}

/** What differs between operations that serve one document and take only `lang`. */
export interface DocumentOperation {
  id: string;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  success: Record<string, Body>;
  caching: Operation["caching"];
  /** The summary of the one example request (a 200). */
  example: { name: string; summary: string };
}

/** An operation without path parameters that takes only `lang`: the common problems, its example and a bad `lang`. */
export const documentOperation = (o: DocumentOperation): Operation => ({
  id: o.id,
  path: o.path,
  hono: o.path,
  summary: o.summary,
  description: o.description,
  tags: o.tags,
  query: LangQuery,
  success: o.success,
  caching: o.caching,
  problems: COMMON,
  examples: [
    { ...o.example, status: 200 },
    { name: "bad-lang", summary: "An unsupported language", query: { lang: "fr" }, status: 400, problem: "invalid-parameter" },
  ],
});
