/**
 * @module The Hono environment of the app: bindings and per-request variables.
 */
import type { Language } from "../schemas";
import type { RateLimiter } from "./middleware/rate-limit";
import type { DataStore } from "./storage/store";

/** Bindings (from wrangler.toml; `DATA_BUCKET` only where R2 is configured, `CHARTS` where the charts Worker runs) and variables set by middleware. */
export interface AppEnv {
  Bindings: Omit<Env, "RATE_LIMITER" | "MCP" | "CHARTS"> & {
    DATA_BUCKET?: R2Bucket;
    RATE_LIMITER?: RateLimiter;
    MCP?: Fetcher;
    CHARTS?: Fetcher;
  };
  Variables: {
    store: DataStore;
    lang: Language;
  };
}
