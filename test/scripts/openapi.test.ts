/**
 * The OpenAPI document: valid OpenAPI 3.1 by an independent validator, complete (every problem type documented,
 * every operation with examples), and the files the build serves match it (document with its content hash,
 * reference page with an anchor per problem type and operation and no third-party requests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { renderDocs } from "../../scripts/build/docs";
import { generateOpenApi } from "../../scripts/build/openapi";
import { ROOT } from "../../scripts/lib/paths";
import { OPERATIONS } from "../../worker/contract/operations";
import { PROBLEM_DOCS } from "../../worker/contract/problems";
import { PROBLEMS } from "../../worker/lib/problem";

type Json = Record<string, unknown>;
const doc = generateOpenApi();

describe("the OpenAPI document", () => {
  it("should be valid OpenAPI 3.1 (@seriousme/openapi-schema-validator)", async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("should be rejected by the validator when broken (the check can fail)", async () => {
    const broken = JSON.parse(JSON.stringify(doc)) as Json & { paths: Record<string, Json> };
    (broken.paths["/v1"] as { get: Json }).get.responses = "none";
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("should document every problem type, in both languages", () => {
    expect(Object.keys(PROBLEM_DOCS).sort()).toEqual(Object.keys(PROBLEMS).sort());
    expect(Object.keys(doc["x-problem-types"] as Json).sort()).toEqual(Object.keys(PROBLEMS).sort());
  });

  it("should have unique operation ids, path parameters that match the templates, and examples", () => {
    expect(new Set(OPERATIONS.map((o) => o.id)).size).toBe(OPERATIONS.length);
    for (const op of OPERATIONS) {
      const templated = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(op.pathParams ?? {}).sort(), op.path).toEqual(templated);
      expect(
        op.examples.some((e) => e.status === 200),
        op.path,
      ).toBe(true);
      for (const e of op.examples)
        for (const name of Object.keys(e.query ?? {})) expect(Object.keys(op.query.entries), `${op.path} ${e.name}`).toContain(name);
    }
  });

  it("should be what the build served, with its content hash", () => {
    const served = JSON.parse(readFileSync(join(ROOT, ".assets/_api/openapi.json"), "utf8")) as Json;
    const { "x-content-hash": hash, ...rest } = served;
    expect(rest).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(hash).toMatch(/^sha256-[0-9a-f]{64}$/);
  });
});

describe("the reference page", () => {
  const html = renderDocs(JSON.parse(JSON.stringify(doc)));

  it("should have an anchor for every problem type and every operation", () => {
    for (const type of Object.keys(PROBLEMS)) expect(html).toContain(`id="problem-${type}"`);
    for (const op of OPERATIONS) expect(html).toContain(`id="op-${op.id}"`);
    expect(html).toContain('id="stability"');
  });

  it("should load nothing from another origin and run no script", () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) expect(url, url).toMatch(/^(\/|#)/);
    expect(html).not.toMatch(/<script|style=/);
  });
});
