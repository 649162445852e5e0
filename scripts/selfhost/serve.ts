/**
 * @module `npm run serve:selfhost [-- --host 0.0.0.0 --port 8080]`: builds, prepares the self-hosted deployment
 * (scripts/selfhost/prepare.ts) and runs it with the `workerd` binary from npm, serving `.assets/` from disk.
 * Stops with the process (Ctrl-C / SIGTERM).
 */
import { parseArgs } from "node:util";
import { ASSETS_DIR } from "../lib/paths";
import { prepareSelfhost } from "./prepare";
import { startWorkerd } from "./workerd";

const { values } = parseArgs({ options: { host: { type: "string", default: "127.0.0.1" }, port: { type: "string", default: "8080" } } });
const config = await prepareSelfhost();
const server = await startWorkerd(config, { host: values.host, port: Number(values.port), assets: ASSETS_DIR, log: "inherit" });
console.log(`self-hosted: ${server.origin} (workerd; assets from ${ASSETS_DIR})`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.stop().then(() => process.exit(0)));
