/**
 * @module The worker isolate's V8 heap, read through workerd's inspector (the DevTools protocol). This is the
 * memory the Workers 128 MB limit applies to. workerd runs inspector commands that need the isolate only when
 * the isolate next runs, so each command is followed by small "pump" requests until it answers.
 */
import WebSocket from "ws";

/** V8 heap of the isolate, bytes: `used` (live + not yet collected) and `total` (committed). */
export interface HeapUsage {
  used: number;
  total: number;
}

/** The DevTools target of the user worker behind `inspectorPort`. */
async function userTarget(inspectorPort: number): Promise<string> {
  const list = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    id: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = list.find((t) => t.id.startsWith("core:user:"));
  if (!target) throw new Error(`no user worker among inspector targets ${list.map((t) => t.id).join(", ")}`);
  return target.webSocketDebuggerUrl;
}

/**
 * Reads the isolate's heap; with `gc`, after a full garbage collection (then `used` is what the worker retains).
 * `pump` sends one cheap request to the worker.
 */
export async function isolateHeap(inspectorPort: number, pump: () => Promise<unknown>, gc = false): Promise<HeapUsage> {
  const ws = new WebSocket(await userTarget(inspectorPort));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on("message", (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? message.error);
  });
  const call = async (method: string): Promise<unknown> => {
    const answer = new Promise<unknown>((resolve) => pending.set(++id, resolve));
    ws.send(JSON.stringify({ id, method, params: {} }));
    for (let tries = 0; tries < 100; tries++) {
      const done = await Promise.race([answer, new Promise((r) => setTimeout(() => r(pending), 50))]);
      if (done !== pending) return done;
      await pump();
    }
    throw new Error(`inspector: ${method} did not answer`);
  };
  try {
    if (gc) await call("HeapProfiler.collectGarbage");
    const usage = (await call("Runtime.getHeapUsage")) as { usedSize: number; totalSize: number };
    return { used: usage.usedSize, total: usage.totalSize };
  } finally {
    ws.close();
  }
}
