/**
 * @module Licences named in both languages from their SPDX-like id (`CC-BY-4.0 AND attribution-required`), so a
 * zh page or figure never prints an English-only licence line. The metadata's own `title` (English free text)
 * stays the detailed statement.
 */
import type { FigureLang } from "./model";

const NAMES: Record<string, [string, string]> = {
  "CC-BY-4.0": ["知识共享署名 4.0 国际许可协议（CC BY 4.0）", "Creative Commons Attribution 4.0 International (CC BY 4.0)"],
  "CC-BY-SA-4.0": [
    "知识共享署名—相同方式共享 4.0 国际许可协议（CC BY-SA 4.0）",
    "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)",
  ],
  MIT: ["MIT 许可证", "MIT License"],
  "LGPL-2.1-or-later": ["GNU 宽通用公共许可证 2.1 或更高版本", "GNU LGPL 2.1 or later"],
  "attribution-required": ["须注明出处（来源未声明开放许可）", "reuse with attribution (no open licence stated)"],
  "no-open-licence": ["无开放许可：引用时请注明原发布者", "no open licence: cite the original publisher"],
};

/** The licence of `id` in `lang` (parts joined as the id joins them); unknown parts are printed as they are. */
export function licenceName(id: string, lang: FigureLang): string {
  const parts = id.split(/\s+AND\s+/);
  const names = parts.map((p) => NAMES[p]?.[lang === "zh" ? 0 : 1] ?? p);
  return names.join(lang === "zh" ? "；并且" : "; and ");
}
