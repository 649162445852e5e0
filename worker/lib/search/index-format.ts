/**
 * @module The search index as the build writes it (`_data/search.json`) and the search reads it: one document per
 * dataset, measure, indicator and named view, each with weighted text fields. Chinese fields that people also type
 * in pinyin carry the pinyin of their Han characters, computed at build time (the worker has no pinyin table).
 */
import type { LocalizedText } from "../../../schemas";

/** What a document is. */
export type SearchKind = "dataset" | "measure" | "indicator" | "view";

/**
 * One searchable field: `[name, weight, text, pinyin?]`. `pinyin` holds one toneless syllable per Han character of
 * `text`, in order, separated by spaces (`ü` written `v`), so a match in pinyin maps back to the characters.
 */
export type SearchField = [name: string, weight: number, text: string, pinyin?: string];

/** One document of the index. */
export interface SearchDoc {
  kind: SearchKind;
  /** `internet-users`, `internet-users:penetration_pct`, `gini`, `internet-urban-rural-gap`. */
  id: string;
  title: LocalizedText;
  /** The API path that serves it (`/v1/…`; for an indicator, its documented example). */
  api: string;
  /** The site page (Chinese path; the English one is `/en` + it). */
  page: string;
  fields: SearchField[];
}

/** The whole index. */
export interface SearchIndex {
  /** Format version of this file. */
  format: 1;
  /** `sha256-<hex>` of the documents: the ETag of search answers derives from it. */
  hash: string;
  docs: SearchDoc[];
}
