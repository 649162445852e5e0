/**
 * @module `npm run client`: regenerates `client/paths.ts` (TypeScript types of every `/v1` operation) from the
 * OpenAPI document with openapi-typescript, as `npm run build` does. A test fails when the committed file is stale.
 */
import { writeClientTypes } from "./build/client-types";

console.log((await writeClientTypes()) ? "client: wrote client/paths.ts" : "client: client/paths.ts is up to date");
