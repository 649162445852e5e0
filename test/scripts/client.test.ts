/**
 * The typed client's generated types are up to date with the OpenAPI document (`npm run build` or `npm run client`
 * regenerates them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateClientTypes } from "../../scripts/build/client-types";
import { ROOT } from "../../scripts/lib/paths";

describe("client/paths.ts", () => {
  it("should equal what openapi-typescript generates from the current document", async () => {
    expect(readFileSync(join(ROOT, "client/paths.ts"), "utf8")).toBe(await generateClientTypes());
  }, 30_000);
});
