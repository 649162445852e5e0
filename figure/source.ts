/**
 * @module The source line a ministry would cite: the primary publication first (publisher, title, table or
 * report, year), then where we read it ("via …"), then the dataset and version. Reads `Source.primary` when the
 * metadata has it; without it the publisher and title of the source stand alone.
 */
import type { LocalizedText } from "../schemas/localized-text";
import type { FigureLang, SourceLine } from "./model";

/** The part of a dataset's `Source` the line needs (`primary` and `retrieved` per the shared contract). */
export interface SourceInput {
  publisher: LocalizedText;
  title: string;
  url?: string;
  repository?: string;
  kind?: string;
  retrieved?: string;
  primary?: {
    publisher: LocalizedText;
    title: LocalizedText;
    table?: string;
    report?: string;
    date?: string;
    url?: string;
  };
}

/** One primary publication: 国家统计局《中国统计年鉴2024》表3-9 / NBS, China Statistical Yearbook 2024, table 3-9. */
export function citePrimary(p: NonNullable<SourceInput["primary"]>, lang: FigureLang): string {
  const year = p.date?.slice(0, 4);
  if (lang === "zh") {
    const title = p.title.zh.startsWith("《") ? p.title.zh : `《${p.title.zh}》`;
    return `${p.publisher.zh}${p.report ?? ""}${title}${p.table ? `表${p.table.replace(/^表/, "")}` : ""}${year && !title.includes(year) ? `（${year}年）` : ""}`;
  }
  const parts = [p.publisher.en, p.report ? `${p.report} ${p.title.en}` : p.title.en];
  if (p.table) parts.push(`table ${p.table.replace(/^(table|表)\s*/i, "")}`);
  if (year && !p.title.en.includes(year)) parts.push(year);
  return parts.join(", ");
}

/** Where we read it: the mirror's publisher and title (a repository is named by its path). */
function citeVia(s: SourceInput, lang: FigureLang): string {
  const publisher = s.publisher[lang];
  if (s.repository) return s.repository;
  return s.title && s.title !== publisher ? `${publisher}${lang === "zh" ? "：" : ": "}${s.title}` : publisher;
}

/** Publications and mirrors a source line names before "and N more" (the dataset page lists them all). */
export const MAX_PRIMARY = 2;
export const MAX_VIA = 2;

/** Options of {@link sourceLine}. */
export interface SourceLineInput {
  dataset: string;
  version: string;
  sources?: readonly SourceInput[];
  /** The licence attribution (`attribution` of the data response), used when no sources are given. */
  attribution?: LocalizedText;
  licence?: LocalizedText;
  date?: string;
}

/** The source line of a figure. */
export function sourceLine(input: SourceLineInput, lang: FigureLang): SourceLine {
  const zh = lang === "zh";
  const primary: string[] = [];
  const via: string[] = [];
  for (const s of input.sources ?? []) {
    if (s.primary) {
      primary.push(citePrimary(s.primary, lang));
      via.push(citeVia(s, lang));
    } else {
      // Without a named primary publication the publisher stands first; a mirror repository is the "via".
      primary.push(s.publisher[lang]);
      if (s.repository) via.push(s.repository);
    }
  }
  const uniq = (list: string[]) => [...new Set(list)];
  const p = uniq(primary);
  const v = uniq(via).filter((x) => !p.includes(x));
  const sep = zh ? "；" : "; ";
  // A figure names its first few publications; the full list is on the dataset page and in the citation.
  const cap = (list: string[], max: number, joiner: string, unit: string) =>
    list.length <= max
      ? list.join(joiner)
      : zh
        ? `${list.slice(0, max - 1).join(joiner)}等${list.length}${unit}`
        : `${list.slice(0, max - 1).join(joiner)}${joiner}and ${list.length - max + 1} more`;
  const shownP = cap(p, MAX_PRIMARY, sep, "项出版物");
  const shownV = cap(v, MAX_VIA, zh ? "、" : ", ", "处");
  const head = shownP || (input.attribution?.[lang] ?? "");
  const viaText = shownV ? (zh ? `，经由${shownV}` : `, via ${shownV}`) : "";
  const id = `${input.dataset}@${input.version}`;
  const text = `${zh ? "来源：" : "Source: "}${head}${viaText}${zh ? "。" : ". "}${zh ? "数据集 " : "Dataset "}${id}`;
  return {
    text,
    primary: p,
    via: v,
    dataset: input.dataset,
    version: input.version,
    licence: input.licence?.[lang],
    date: input.date,
  };
}
