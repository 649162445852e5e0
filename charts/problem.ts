/**
 * @module Problem responses of the charts Worker (RFC 9457), in the API's shape.
 */

/** A problem+json response. */
export function problem(status: number, type: string, detail: string, instance: string, extras: Record<string, unknown> = {}): Response {
  // The API's titles for the API's types (worker/lib/problem.ts), so that the OpenAPI document describes these too.
  const title =
    {
      "unknown-parameter": "Unknown parameter",
      "invalid-parameter": "Invalid parameter",
      "not-found": "Not found",
      "not-implemented": "Not implemented",
    }[type] ?? "Error";
  return new Response(JSON.stringify({ type: `/docs/api#problem-${type}`, title, status, detail, instance, ...extras }), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*" },
  });
}
