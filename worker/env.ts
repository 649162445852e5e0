/**
 * @module The Hono environment of the app: bindings and per-request variables.
 */
import type { Language } from "../schemas";
import type { DataStore } from "./storage/store";

/** Bindings (from wrangler.toml) and variables set by middleware. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    store: DataStore;
    lang: Language;
  };
}
