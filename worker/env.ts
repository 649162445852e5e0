/**
 * @module The Hono environment of the app: bindings and per-request variables.
 */
import type { Language } from "../schemas";
import type { DataStore } from "./storage/store";

/** The rate-limiting binding's interface (present when wrangler.toml declares `[[ratelimits]]`). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

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
