/**
 * @module `npm run client`: regenerates `client/paths.ts` (TypeScript types of every `/v1` operation) from the
 * OpenAPI document with openapi-typescript. A test fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateClientTypes } from "./build/client-types";
import { ROOT } from "./lib/paths";

writeFileSync(join(ROOT, "client/paths.ts"), await generateClientTypes());
console.log("client: wrote client/paths.ts");
