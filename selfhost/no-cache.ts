/**
 * @module The Cache API service of a self-hosted deployment: workerd sends `caches.default` operations to the
 * service named by `cacheApiOutbound`, and without one every `match` throws "No Cache was configured". This one
 * keeps nothing: every lookup is a miss (504, which workerd reads as "not cached") and every store is accepted
 * and dropped. The worker then computes each answer; caching belongs to the reverse proxy in front (its
 * responses carry ETag and Cache-Control), as docs/self-hosting.md says.
 */
export default {
  fetch(request: Request): Response {
    if (request.method === "PUT") return new Response(null, { status: 204 });
    if (request.method === "PURGE") return new Response(null, { status: 404 });
    return new Response(null, { status: 504 });
  },
};
