// Non-JavaScript modules the charts Worker imports (wrangler: CompiledWasm, Data and Text rules in charts/wrangler.toml).
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
declare module "*.ttf" {
  const bytes: ArrayBuffer;
  export default bytes;
}
declare module "*.txt" {
  const text: string;
  export default text;
}
// The build's alt texts of page figures (figure/embed/oembed-alts.ts), typed before a build has written them.
declare module "*/oembed-alts.json" {
  const alts: Record<string, string>;
  export default alts;
}
