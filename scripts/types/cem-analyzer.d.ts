// Types of the parts of @custom-elements-manifest/analyzer 0.11.0 the build calls (its own index.d.ts only
// types the plugin API). `ts` is the analyzer's own TypeScript, so the source files match its version.
declare module "@custom-elements-manifest/analyzer/index.js" {
  import type * as typescript from "typescript";
  export const ts: typeof typescript;
  export function create(options: { modules: typescript.SourceFile[]; plugins?: unknown[] }): unknown;
}

declare module "@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js" {
  /** The plugins that read Lit's `static properties`. */
  export function litPlugin(): unknown[];
}
