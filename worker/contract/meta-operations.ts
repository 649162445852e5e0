/**
 * @module The operations that describe the API itself: the entry point and this OpenAPI document.
 */
import { documentOperation, type Operation } from "./operation";
import { IndexResponse, OpenApiResponse } from "./responses";

/** `GET /v1` and `GET /v1/openapi.json`. */
export const META_OPERATIONS: Operation[] = [
  documentOperation({
    id: "getIndex",
    path: "/v1",
    summary: "Entry point",
    description: "Links to the catalog, regions, this document and the docs.",
    tags: ["meta"],
    success: { "application/json": IndexResponse },
    caching: "deploy",
    example: { name: "index", summary: "The entry point" },
  }),
  documentOperation({
    id: "getOpenApi",
    path: "/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    description: "Generated at build time from the valibot schemas the routes validate with.",
    tags: ["meta"],
    success: { "application/json": OpenApiResponse },
    caching: "deploy",
    example: { name: "document", summary: "The document" },
  }),
];
