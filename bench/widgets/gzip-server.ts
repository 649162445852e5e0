/**
 * @module A loopback HTTP server for the widget pages that serves every file gzip-compressed (as any CDN would),
 * so the browser's `encodedBodySize` is the gzip bytes transferred. `/v1/…` is answered by the real worker in
 * workerd, fetched once per URL and then served from memory like an edge-cached immutable version.
 */
import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";

/** One file the server answers. */
export interface Served {
  type: string;
  body: Uint8Array | string;
}

/** The running server. */
export interface GzipServer {
  origin: string;
  close(): Promise<void>;
}

const encoded = (file: Served) => ({ type: file.type, gz: gzipSync(file.body) });

/** Serves `files` (path → content) on a free loopback port; `/v1/…` from `apiOrigin`. */
export async function serveGzip(files: Record<string, Served>, apiOrigin: string): Promise<GzipServer> {
  const table = new Map(Object.entries(files).map(([path, file]) => [path, encoded(file)]));
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? "/";
    let entry = table.get(url);
    if (!entry && url.startsWith("/v1/")) {
      const upstream = await fetch(apiOrigin + url);
      entry = {
        type: upstream.headers.get("content-type") ?? "application/json",
        gz: gzipSync(new Uint8Array(await upstream.arrayBuffer())),
      };
      if (upstream.ok) table.set(url, entry);
    }
    if (!entry) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": entry.type,
      "content-encoding": "gzip",
      "content-length": entry.gz.length,
      "cache-control": "no-store",
      "access-control-allow-origin": "*",
    });
    res.end(entry.gz);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
