/**
 * @module Worker entry point.
 */
import { app } from "./app";

export default app;
