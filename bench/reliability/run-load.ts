/**
 * @module Runs requests against a server with a fixed number of concurrent connections, until a deadline or the
 * end of a list, and samples the runtime process's resident memory meanwhile.
 */
import { memoryOf } from "../lib/proc";
import { type RawRequest, type RawResponse, rawClient } from "./http-client";

/** One answer with the request it belongs to. */
export interface Exchange {
  request: RawRequest;
  response: RawResponse;
}

/** Options of one load run. */
export interface LoadOptions {
  origin: URL;
  connections: number;
  /** Next request to send (i = running count), or undefined to stop. */
  next(i: number): RawRequest | undefined;
  /** Stop sending after this time (ms since start). */
  deadlineMs?: number;
  /** Pid whose VmRSS is sampled every `sampleMs`. */
  pid?: number;
  sampleMs?: number;
  /** Called for every answer (keep it cheap). */
  onAnswer(exchange: Exchange): void;
}

/** Memory samples (bytes, with ms since start) and the request count and wall time of the run. */
export interface LoadRun {
  requests: number;
  seconds: number;
  rss: { t: number; bytes: number }[];
}

/** Sends requests until `next` returns undefined or the deadline passes. */
export async function runLoad(options: LoadOptions): Promise<LoadRun> {
  const client = rawClient(options.origin, options.connections);
  const start = performance.now();
  const rss: { t: number; bytes: number }[] = [];
  const sample = () => {
    const m = options.pid ? memoryOf(options.pid) : undefined;
    if (m) rss.push({ t: performance.now() - start, bytes: m.rss });
  };
  sample();
  const timer = options.pid ? setInterval(sample, options.sampleMs ?? 1000) : undefined;
  let i = 0;
  let answered = 0;
  const lane = async () => {
    for (;;) {
      if (options.deadlineMs !== undefined && performance.now() - start >= options.deadlineMs) return;
      const request = options.next(i++);
      if (!request) return;
      const response = await client.send(request);
      answered++;
      options.onAnswer({ request, response });
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, lane));
  } finally {
    if (timer) clearInterval(timer);
    sample();
    client.close();
  }
  return { requests: answered, seconds: (performance.now() - start) / 1000, rss };
}
