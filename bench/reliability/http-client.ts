/**
 * @module A raw loopback HTTP client: sends the request path byte-for-byte (no URL normalisation, so `..` and
 * odd percent-encodings reach the server as a hostile client would send them), over keep-alive connections.
 */
import { Agent, request } from "node:http";

/** One request to send. */
export interface RawRequest {
  method: string;
  /** Path and query exactly as sent. */
  path: string;
  headers?: Record<string, string>;
}

/** What came back. `status` 0 means the connection failed or timed out. */
export interface RawResponse {
  status: number;
  contentType: string;
  bytes: number;
  error?: string;
}

/** A keep-alive client for one origin. */
export function rawClient(origin: URL, connections: number, timeoutMs = 10_000) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  return {
    send(req: RawRequest): Promise<RawResponse> {
      return new Promise((resolve) => {
        const r = request(
          { agent, host: origin.hostname, port: origin.port, method: req.method, path: req.path, headers: req.headers, timeout: timeoutMs },
          (res) => {
            let bytes = 0;
            res.on("data", (chunk: Buffer) => (bytes += chunk.length));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), bytes }));
            res.on("error", (e) => resolve({ status: 0, contentType: "", bytes, error: String(e) }));
          },
        );
        r.on("timeout", () => r.destroy(new Error("timeout")));
        r.on("error", (e) => resolve({ status: 0, contentType: "", bytes: 0, error: String(e) }));
        r.end();
      });
    },
    close: () => agent.destroy(),
  };
}

/** Node refuses to send some bytes in a path (controls, spaces, non-ASCII): percent-encode exactly those. */
export function sendablePath(path: string): string {
  let out = "";
  for (const ch of path) {
    const code = ch.codePointAt(0) ?? 0;
    out += code <= 0x20 || code >= 0x7f || ch === '"' ? encodeURIComponent(ch) : ch;
  }
  return out.startsWith("/") ? out : `/${out}`;
}
