/**
 * @module `npm run bench:api`: CPU per request in process, then throughput and latency over HTTP.
 */
import { runPart } from "../lib/part";
import { measureCpu } from "./cpu";
import { measureHttp } from "./http";

await runPart("api-cpu", measureCpu);
await runPart("api-http", measureHttp);
