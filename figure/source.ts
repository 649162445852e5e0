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
    // A title that quotes its own work (李实、高霞，《统计与决策》2015年) is not wrapped again.
    const title = p.title.zh.includes("《") ? p.title.zh : `《${p.title.zh}》`;
    return `${p.publisher.zh}${p.report ?? ""}${title}${p.table ? `表${p.table.replace(/^表/, "")}` : ""}${year && !title.includes(year) ? `（${year}年）` : ""}`;
  }
  const parts = [p.publisher.en, p.report ? `${p.report} ${p.title.en}` : p.title.en];
  if (p.table) parts.push(`table ${p.table.replace(/^(table|表)\s*/i, "")}`);
  if (year && !p.title.en.includes(year)) parts.push(year);
  return parts.join(", ");
}

/**
 * Where we read it, short and in no one language: a repository by its path, a web page by its host (the mirror's
 * own title is often an English note, "…, as reported by …", that would switch a zh line into English), else the
 * publisher.
 */
function citeVia(s: SourceInput, lang: FigureLang): string {
  if (s.repository) return s.repository;
  const host = s.url?.match(/^https?:\/\/(?:www\.)?([^/:?#]+)/)?.[1];
  return host ?? s.publisher[lang];
}

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

/** A title without its years (《中国统计年鉴2024》 and 《中国统计年鉴2023》 are editions of one title). */
const baseTitle = (title: string) =>
  title
    .replace(/[《》]/g, "")
    .replace(/(19|20)\d\d(\s*[–—-]\s*(19|20)\d\d)?\s*年?/g, "")
    .replace(/[\s,，]+$/, "")
    .trim();

/** The years a primary publication names (its date, else the years in its title). */
const yearsOf = (p: NonNullable<SourceInput["primary"]>) =>
  (p.date ? [p.date.slice(0, 4)] : (p.title.zh.match(/(19|20)\d\d/g) ?? [])).map(Number);

/** "2004–2024" (or one year) from a list of years; empty when there are none. */
function yearSpan(years: number[], zh: boolean): string {
  if (years.length === 0) return "";
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `${lo}` : `${lo}${zh ? "—" : "–"}${hi}`;
}

/**
 * The primary publications, condensed so that a multi-source line stays a line: editions of one title become
 * 国家统计局《中国统计年鉴》2004—2024年各版 / "NBS, China Statistical Yearbook, 2004–2024 editions"; tables of one
 * title are not listed one by one; more than two different publications of one publisher become
 * "国家统计局（5项发布，2003—2019年）". The full list stays in {@link SourceLine.primary}.
 */
function condensePrimaries(primaries: NonNullable<SourceInput["primary"]>[], lang: FigureLang): string[] {
  const zh = lang === "zh";
  const byPublisher = new Map<string, NonNullable<SourceInput["primary"]>[]>();
  for (const p of primaries) byPublisher.set(p.publisher[lang], [...(byPublisher.get(p.publisher[lang]) ?? []), p]);
  const out: string[] = [];
  for (const [publisher, list] of byPublisher) {
    const titles = new Map<string, NonNullable<SourceInput["primary"]>[]>();
    for (const p of list) titles.set(baseTitle(p.title[lang]), [...(titles.get(baseTitle(p.title[lang])) ?? []), p]);
    if (titles.size > 2) {
      const span = yearSpan(list.flatMap(yearsOf), zh);
      out.push(
        zh
          ? `${publisher}（${titles.size}项发布${span ? `，${span}年` : ""}）`
          : `${publisher} (${titles.size} publications${span ? `, ${span}` : ""})`,
      );
      continue;
    }
    for (const [title, editions] of titles) {
      const first = editions[0] as NonNullable<SourceInput["primary"]>;
      if (editions.length === 1) {
        out.push(citePrimary(first, lang));
        continue;
      }
      const years = [...new Set(editions.flatMap(yearsOf))];
      const span = yearSpan(years, zh);
      const several = years.length > 1;
      out.push(
        zh
          ? `${publisher}《${title}》${span ? `${span}年${several ? "各版" : ""}` : ""}`
          : `${publisher}, ${title}${span ? `, ${span}${several ? " editions" : ""}` : ""}`,
      );
    }
  }
  return out;
}

/** The source line of a figure; its text is condensed, its `primary` and `via` list every source. */
export function sourceLine(input: SourceLineInput, lang: FigureLang): SourceLine {
  const zh = lang === "zh";
  const primary: string[] = [];
  const via: string[] = [];
  const primaries: NonNullable<SourceInput["primary"]>[] = [];
  const bare: string[] = [];
  for (const s of input.sources ?? []) {
    if (s.primary) {
      primary.push(citePrimary(s.primary, lang));
      primaries.push(s.primary);
      via.push(citeVia(s, lang));
    } else {
      // Without a named primary publication the publisher stands first; a mirror repository is the "via".
      primary.push(s.publisher[lang]);
      bare.push(s.publisher[lang]);
      if (s.repository) via.push(s.repository);
    }
  }
  const uniq = (list: string[]) => [...new Set(list)];
  const p = uniq(primary);
  const v = uniq(via).filter((x) => !p.includes(x));
  const all = uniq([...condensePrimaries(primaries, lang), ...bare]);
  // A line, not a wall: beyond two publishers, the first and a count.
  const shown = all.length > 2 ? [all[0] as string, zh ? `等${all.length}个来源` : `and ${all.length - 1} more sources`] : all;
  const sep = zh ? "；" : "; ";
  const head = shown.length
    ? shown.join(sep).replace(/；等|; (?=and \d+ more)/, (m) => (m.startsWith("；") ? "等" : " "))
    : (input.attribution?.[lang] ?? "");
  // Beyond two, the reposts and mirrors are counted here and listed on the dataset page and in `via`.
  const viaShown = v.length > 2 ? [zh ? `${v.length}处转载与镜像` : `${v.length} reposts and mirrors`] : v;
  const viaText = viaShown.length ? (zh ? `，经由${viaShown.join("、")}` : `, via ${viaShown.join(", ")}`) : "";
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
