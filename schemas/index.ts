/**
 * @module Valibot schemas shared by the data build, the worker, the widgets and the tests.
 * This folder imports nothing else of the project's.
 */
export * from "./catalog";
export * from "./data-response";
export * from "./dataset-meta";
export * from "./flags";
export * from "./localized-text";
export * from "./observation";
export * from "./period";
export * from "./problem";
export * from "./query";
export * from "./region";
export * from "./version-meta";
export * from "./version-snapshot";
