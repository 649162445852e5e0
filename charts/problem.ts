/**
 * @module Problem responses of the charts Worker (RFC 9457), in the API's shape.
 */

/** A problem+json response. */
export function problem(status: number, type: string, detail: string, instance: string, extras: Record<string, unknown> = {}): Response {
  const title =
    { 400: "Invalid parameter", 404: "Not found", 405: "Method not allowed", 501: "Not implemented", 502: "Bad gateway" }[status] ??
    "Error";
  return new Response(JSON.stringify({ type: `/docs/api#problem-${type}`, title, status, detail, instance, ...extras }), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*" },
  });
}
