/**
 * @module What the charts Worker rasterises with: resvg's WebAssembly module and the Noto Sans SC subset with its
 * character list, written by the build (scripts/build/chart-font.ts) and bundled into the Worker as modules.
 */
import wasm from "@resvg/resvg-wasm/index_bg.wasm";
import font from "../.charts/font.ttf";
import chars from "../.charts/font-chars.txt";

/** resvg compiled to WebAssembly. */
export const RESVG_WASM: WebAssembly.Module = wasm;
/** Noto Sans SC Regular, subset to {@link FONT_CHARS}. */
export const FONT = new Uint8Array(font);
/** Every character {@link FONT} can draw. */
export const FONT_CHARS: ReadonlySet<string> = new Set(chars);
