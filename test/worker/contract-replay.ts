/**
 * @module The API contract replay, shared by the worker tests (test/worker/contract.test.ts, against the worker in
 * the Workers pool) and the self-host test (test/selfhost/, against workerd over HTTP): every example request the
 * OpenAPI document names is sent, and the answer must have the documented status and media type, and a body
 * valid under the operation's valibot schema (success) or matching the documented problem (error).
 */
import * as v from "valibot";
import { expect } from "vitest";
import { OPERATIONS } from "../../worker/contract/operations";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query";
  examples?: Record<string, { value: unknown }>;
}

/** The parts of the served OpenAPI document the replay reads. */
export interface OpenApiDocument {
  paths: Record<string, { get: Json }>;
}

/** The example requests of an operation, rebuilt from its parameters' named examples. */
export function exampleRequests(path: string, op: Json): Array<{ name: string; url: string }> {
  const params = (op.parameters as Parameter[]) ?? [];
  const names = new Set(params.flatMap((p) => Object.keys(p.examples ?? {})));
  const responses = op.responses as Record<string, { content?: Record<string, { examples?: Record<string, Json> }> }>;
  for (const r of Object.values(responses))
    for (const c of Object.values(r.content ?? {}))
      for (const [n, e] of Object.entries(c.examples ?? {})) if (!e["x-illustrative"]) names.add(n);
  return [...names].map((name) => {
    let url = path;
    const query = new URLSearchParams();
    for (const p of params) {
      const value = p.examples?.[name]?.value;
      if (value === undefined) continue;
      const text = Array.isArray(value) ? value.join(",") : String(value);
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(text).replaceAll("%40", "@"));
      else query.set(p.name, text);
    }
    return { name, url: `${url}${query.size ? `?${query}` : ""}` };
  });
}

/** Replays every example of `doc` through `get` (a path → its response); returns how many were checked. */
export async function replayExamples(get: (path: string) => Promise<Response>, doc: OpenApiDocument): Promise<number> {
  let checked = 0;
  for (const [path, item] of Object.entries(doc.paths)) {
    const op = OPERATIONS.find((o) => o.path === path);
    expect(op, path).toBeDefined();
    const responses = item.get.responses as Record<string, { content?: Record<string, { examples?: Record<string, { value?: Json }> }> }>;
    for (const { name, url } of exampleRequests(path, item.get)) {
      const [status, documented] =
        Object.entries(responses).find(([, r]) => Object.values(r.content ?? {}).some((c) => c.examples?.[name])) ?? [];
      expect(status, `${path} example ${name} has a documented response`).toBeDefined();
      const response = await get(url);
      expect(response.status, `${url}`).toBe(Number(status));
      const [mediaType, content] = Object.entries(documented?.content ?? {})[0] ?? [];
      expect(response.headers.get("content-type")?.split(";")[0], url).toBe(
        mediaType === "application/json+stat" ? "application/json" : mediaType,
      );
      if (response.status === 200) {
        const schema = op?.success[mediaType ?? ""];
        if (schema && !("jsonSchema" in schema)) {
          const body = await response.json();
          const result = v.safeParse(schema, body);
          expect(result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), url).toEqual([]);
        } else {
          expect((await response.text()).length).toBeGreaterThan(0);
        }
      } else {
        expect(await response.json(), url).toMatchObject(content?.examples?.[name]?.value ?? {});
      }
      checked++;
    }
  }
  return checked;
}
