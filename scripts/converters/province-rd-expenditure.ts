/**
 * @module `province-rd-expenditure`: R&D expenditure and R&D intensity by province (and national) from the
 * NBS/MOST/MOF 全国科技经费投入统计公报 — 2020, 2022 (26 provinces), 2023 (12 provinces, 7 intensities), 2024 and
 * the revised 2023 intensities printed in the 2024 bulletin, each vintage under its own measure. Source:
 * `china/added-2026-12/province_rd_expenditure_bulletins.csv` (the 2024 bulletin text; earlier years from reposts).
 */
import type { DatasetMeta, LocalizedText } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { ADDED, DECEMBER_RELEASE } from "./added-2026-12";
import { type Converter, type DataRow, officialLicence } from "./converter";

const FILE = `${ADDED}/province_rd_expenditure_bulletins.csv`;

/** Raw indicator → published measure and the raw unit text its rows must carry. */
const MEASURES: Readonly<Record<string, readonly [measure: string, rawUnit: string]>> = {
  rd_expenditure: ["rd_expenditure", "100 million yuan (亿元)"],
  rd_intensity_pct_of_grp: ["rd_intensity_pct", "% of gross regional product"],
  rd_intensity_pct_of_grp_revised_2024_bulletin: ["rd_intensity_pct_revised", "% of gross regional product"],
};

/** The three bulletin publishers. */
const PUBLISHERS: LocalizedText = {
  zh: "国家统计局、科学技术部、财政部",
  en: "NBS, Ministry of Science and Technology and Ministry of Finance",
};

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "province-rd-expenditure",
  title: { zh: "分省研究与试验发展（R&D）经费及投入强度", en: "R&D expenditure and intensity by province" },
  description: {
    zh: "国家统计局、科学技术部、财政部《全国科技经费投入统计公报》中的分地区 R&D 经费和 R&D 经费投入强度（与地区生产总值之比）：2024年31个省份及全国（公报原文）及公报所印修订后的2023年投入强度；2020年31个省份及全国、2022年26个省份及全国、2023年12个省份（投入强度7个）及全国（均来自转载页面）。2010—2019年与2021年未收录。",
    en: "R&D expenditure and R&D intensity (R&D over gross regional product) by province from the NBS/MOST/MOF Statistical Bulletins on National Expenditure on Science and Technology: 2024 for 31 provinces and the nation (bulletin text) with the revised 2023 intensities the 2024 bulletin prints; 2020 for 31 provinces and the nation, 2022 for 26 provinces and the nation, 2023 for 12 provinces (7 intensities) and the nation (all from reposts). 2010–2019 and 2021 are not included.",
  },
  themes: ["digital-economy", "industrial-structure"],
  kind: "observations",
  measures: [
    {
      id: "rd_expenditure",
      title: { zh: "R&D 经费", en: "R&D expenditure" },
      unit: { zh: "亿元", en: "100 million yuan" },
      definition: {
        zh: "研究与试验发展（R&D）经费内部支出，全年，当年价格。",
        en: "Intramural expenditure on research and experimental development (R&D), full year, current prices.",
      },
      decimals: 1,
    },
    {
      id: "rd_intensity_pct",
      title: { zh: "R&D 经费投入强度（当年公报）", en: "R&D intensity (that year's bulletin)" },
      unit: { zh: "%（占地区生产总值）", en: "% of gross regional product" },
      definition: {
        zh: "R&D 经费与地区生产总值之比，按该年份自己的公报所印（分母为当时的地区生产总值）。2023年为修订前数值（北京6.73%），不要与 rd_intensity_pct_revised 混用。",
        en: "R&D expenditure over gross regional product as printed in that year's own bulletin (the GRP of the time as denominator). 2023 values are before the GRP revision (Beijing 6.73 %); do not mix with rd_intensity_pct_revised.",
      },
      decimals: 2,
    },
    {
      id: "rd_intensity_pct_revised",
      title: { zh: "R&D 经费投入强度（2024年公报修订的2023年值）", en: "R&D intensity, 2023 as revised in the 2024 bulletin" },
      unit: { zh: "%（占地区生产总值）", en: "% of gross regional product" },
      definition: {
        zh: "2024年公报附表2印出的修订后2023年投入强度（地区生产总值修订之后，北京6.22%）。与 rd_intensity_pct 的2023年值（修订前）是不同版本，不要混用。",
        en: "The revised 2023 intensity printed in table 2 of the 2024 bulletin, after the GRP revision (Beijing 6.22 %). A different vintage from the 2023 values of rd_intensity_pct (before the revision); do not mix them.",
      },
      decimals: 2,
    },
  ],
  licence: officialLicence({
    zh: "来源：国家统计局、科学技术部、财政部《全国科技经费投入统计公报》",
    en: "Source: NBS, Ministry of Science and Technology and Ministry of Finance, Statistical Bulletin on National Expenditure on Science and Technology",
  }),
  sources: [
    {
      publisher: PUBLISHERS,
      title:
        "2024年全国科技经费投入统计公报（国家统计局 科学技术部 财政部，2025年9月29日，stats.gov.cn），附表2“2024年及2023年各地区研究与试验发展（R&D）经费情况”; read from the page text stored in a GitHub repository (data/2024_tech_expenditure_bulletin.txt; the stored copy ends after 海南 R&D)",
      repository: "1376524890/tec_expenditure",
      path: "data/2024_tech_expenditure_bulletin.txt",
      commit: "19963721bad7fdc4bc5e5b5b0699fc70a904f69c",
      rawFile: FILE,
      kind: "official",
    },
    {
      publisher: PUBLISHERS,
      title:
        "2023年全国科技经费投入统计公报, quoted by 弘博报告 (traditional-character mirror): the 12 provinces above 100 billion yuan and 7 intensities",
      url: "http://government-systems.com/info/infoview217203.htm",
      rawFile: FILE,
      kind: "official-repost",
    },
    {
      publisher: PUBLISHERS,
      title: "2023年全国科技经费投入统计公报, national total as reposted by xwcm.net",
      url: "https://xwcm.net/mrdt/202410/336719.html",
      rawFile: FILE,
      kind: "official-repost",
    },
    {
      publisher: PUBLISHERS,
      title: "2022年全国科技经费投入统计公报, provincial table reposted by 蓝蔷薇 (stored excerpt ends after rank 26, 甘肃)",
      url: "http://m.lanqiangwei.com/city/tese/65264.html",
      rawFile: FILE,
      kind: "official-repost",
    },
    {
      publisher: PUBLISHERS,
      title: "2022年全国科技经费投入统计公报, national total as reposted by 中国新闻网 (中国西藏网 mirror)",
      url: "http://xgambeijing.cn/cn/Instant/domestic/202309/t20230918_7488851.html",
      rawFile: FILE,
      kind: "official-repost",
    },
    {
      publisher: PUBLISHERS,
      title: "2020年全国科技经费投入统计公报, full provincial table reproduced by the ttpaihang.com ranking page",
      url: "https://ttpaihang.com/news/daynews/2022/22030319989.htm",
      rawFile: FILE,
      kind: "official-repost",
    },
  ],
  caveats: [
    {
      zh: "投入强度按公报版本分开：2024年公报在地区生产总值修订后重算了2023年投入强度（北京：2023年公报6.73%，修订后6.22%）。两者分别发布为 rd_intensity_pct 和 rd_intensity_pct_revised，不要混用；各年的 rd_intensity_pct 以各自公报时的地区生产总值为分母。",
      en: "Intensities are kept by bulletin vintage: the 2024 bulletin recomputed 2023 intensities after the GRP revision (Beijing: 6.73 % in the 2023 bulletin, 6.22 % revised). They are published as rd_intensity_pct and rd_intensity_pct_revised; do not mix them. Each year's rd_intensity_pct uses the GRP of its own bulletin as denominator.",
    },
    {
      zh: "2020、2022、2023年数值来自转载页面（部分为低质量镜像域名），行标记 secondary，并在每行给出网址。它们与同仓库作者手录的 compile_rd_data.py 中的65个重叠值全部一致，且2020年、2024年各省合计等于全国（24393.2对24393.1；36326.8）。",
      en: "2020, 2022 and 2023 values come from reposts (some on low-quality mirror domains): those rows are flagged secondary and carry their page address. All 65 overlapping values equal the independent hand-typed copy in the same repository's compile_rd_data.py, and the 2020 and 2024 provincial sums equal the national totals (24,393.2 vs 24,393.1; 36,326.8).",
    },
    {
      zh: "覆盖不全：2022年缺新疆、宁夏、海南、青海、西藏（所存页面止于第26名；26省合计30508.3亿元，与全国30782.9亿元之差274.6亿元正好是这5省）；2023年只有经费超千亿元的12个省份和投入强度高于全国的7个省份；2010—2019年及2021年未收录。跨省比较只应使用31省齐全的年份（2020、2024年及修订后的2023年强度）。",
      en: "Coverage is incomplete: 2022 lacks Xinjiang, Ningxia, Hainan, Qinghai and Tibet (the stored page stops at rank 26; the 26 provinces sum to 30,508.3 亿 yuan, and the gap of 274.6 to the national 30,782.9 equals exactly those 5 provinces); 2023 has only the 12 provinces above 100 billion yuan and the 7 intensities above the national average; 2010–2019 and 2021 are not included. Compare across provinces only in complete years (2020, 2024 and the revised 2023 intensities).",
    },
    {
      zh: "全国行（CN）为公报所印的全国数，不是本项目的合计。",
      en: "National rows (CN) are the national figures the bulletins print, not sums computed here.",
    },
  ],
  keywords: ["R&D", "研发经费", "研究与试验发展", "投入强度", "科技经费投入统计公报", "innovation", "province"],
};

/** Converter of the R&D bulletin figures. */
export const provinceRdExpenditure: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_rd_expenditure_bulletins.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected indicator ${r.indicator} in unit "${r.unit}"`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      // A page address means a repost of the bulletin; the 2024 rows come from the bulletin's own text.
      const repost = /^https?:\/\//.test(r.source_url ?? "");
      return {
        region,
        period: r.year,
        measure,
        value,
        status: repost ? "secondary" : undefined,
        note: r.note || undefined,
        source: repost ? r.source_url : undefined,
      };
    });
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
