/**
 * @module Category labels in the reader's language. Published categories are bilingual strings written for both
 * readers at once — "Meituan Waimai (美团外卖)", "Tenpay (财付通: WeChat Pay + QQ Wallet)", "Alipay + Tenpay
 * (combined)", "others", "rank 3 (name not shown in stored page)" — and published versions never change, so the
 * figure splits them here: a zh reader sees "美团外卖", "财付通（微信支付、QQ钱包）", "支付宝、财付通（合计）", "其他",
 * "第3名（存档页面未显示名称）"; an en reader sees the English name without the Chinese. Labels that carry no
 * Chinese part stay as they are in en.
 */
import type { FigureLang } from "./model";

/** A category's label in both languages. */
export interface CategoryName {
  zh: string;
  en: string;
}

/**
 * Whole labels that are words rather than names (the data's own generic categories), in zh. The en side stays as
 * published.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  ["others", "其他"],
  ["other", "其他"],
  // national-income-urban-rural-points: the two prints of 2013, worded as its caveat words them in zh.
  ["NBS release as reported", "国家统计局发布（据转载）"],
  ["journal table (SCIRP, citing NBS)", "期刊表格（SCIRP，引用国家统计局）"],
]);

/**
 * English names inside labels that give no Chinese of their own ("Alipay + Lakala + Tenpay (top 3 combined)",
 * the remark "WeChat Pay + QQ Wallet"). Where the data pairs a name with its Chinese elsewhere ("Alipay (支付宝)",
 * "Tenpay (财付通)"), the entry must agree (test/figure/category-name.test.ts checks it); the others are the
 * companies' own Chinese names.
 */
const GLOSSARY: ReadonlyMap<string, string> = new Map([
  ["Alipay", "支付宝"],
  ["Tenpay", "财付通"],
  ["Lakala", "拉卡拉"],
  ["WeChat Pay", "微信支付"],
  ["QQ Wallet", "QQ钱包"],
  ["Ping An", "平安"],
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A label ending in one bracketed group: "head (inner)" or "head（inner）". */
const BRACKETED = /^(.*?)\s*[(（]([^()（）]*)[)）]$/;
/** "rank 3 (name not shown in stored page)": a ranked entry the stored source page does not name. */
const UNNAMED_RANK = /^rank (\d+) \(name not shown in stored page\)$/;

/** Whether a text holds Chinese characters. */
const hasChinese = (text: string): boolean => CJK.test(text);

/** English words of a label in zh: "combined" → 合计, "top 3 combined" → 前3名合计, "A + B" → "甲、乙" when known. */
function wordsInChinese(text: string): string {
  const t = text.trim();
  if (/^combined$/i.test(t)) return "合计";
  const top = /^top (\d+) combined$/i.exec(t);
  if (top) return `前${top[1]}名合计`;
  const parts = t.split(/\s*\+\s*/);
  // Only when every part is known: a half-translated list would read worse than the published one.
  if (parts.every((p) => GLOSSARY.has(p))) return parts.map((p) => GLOSSARY.get(p)).join("、");
  return t;
}

/** Full-width punctuation for a zh remark ("WeChat Pay + QQ Wallet" is translated; "a, b" → "a，b"). */
const zhPunctuation = (text: string): string => text.replace(/\s*,\s*/g, "，").replace(/\s*:\s*/g, "：");

/**
 * The zh and en labels of a published category (see the module comment). Pure; the empty string gives empty
 * labels. A label's own spelling is kept where it is already in the reader's language.
 */
export function categoryName(label: string): CategoryName {
  const text = label.trim();
  // A Map, not an object: a category named "toString" is a label, not a property.
  const word = WORDS.get(text);
  if (word) return { zh: word, en: text };
  const rank = UNNAMED_RANK.exec(text);
  if (rank) return { zh: `第${rank[1]}名（存档页面未显示名称）`, en: text };
  const m = BRACKETED.exec(text);
  if (m) {
    const head = (m[1] ?? "").trim();
    const inner = (m[2] ?? "").trim();
    if (head && hasChinese(inner) && !hasChinese(head)) {
      // "财付通: WeChat Pay + QQ Wallet", "壹钱包, Ping An": the Chinese name, then a remark in English.
      const [name = inner, ...rest] = inner.split(/\s*[:：,，]\s*/);
      const remark = rest.join(", ");
      return remark ? { zh: `${name}（${zhPunctuation(wordsInChinese(remark))}）`, en: `${head} (${remark})` } : { zh: inner, en: head };
    }
    if (head && hasChinese(head) && inner && !hasChinese(inner)) return { zh: head, en: inner };
    if (head && inner && !hasChinese(text)) {
      // "Alipay + Tenpay (combined)": English only, worded in zh where the words are known.
      return { zh: `${wordsInChinese(head)}（${zhPunctuation(wordsInChinese(inner))}）`, en: text };
    }
  }
  return { zh: hasChinese(text) ? text : wordsInChinese(text), en: text };
}

/** The label of a category in `lang` (see {@link categoryName}). */
export const categoryLabel = (label: string, lang: FigureLang): string => categoryName(label)[lang];
