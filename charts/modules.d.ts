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
// What the build knows of the pages for oEmbed (figure/embed/oembed-pages.ts), typed before a build has written it.
declare module "*/oembed-pages.json" {
  const pages: import("../figure/embed/oembed-pages").OembedPages;
  export default pages;
}
