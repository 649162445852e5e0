/**
 * @module `digital-economy`: the size of China's digital economy and its share of GDP, with CAICT's split into
 * digital industrialization and industrial digitalization where reported, 2018–2023. CAICT research estimates
 * (2018 and 2020 from the Cyberspace Studies blue books), so every row has status `estimate`.
 * Source: `china/caict_digital_economy.csv` (transcribed from stored pages; quote and URL per row).
 */
import { rawNumber } from "../lib/raw";
import { CAICT, CAICT_LICENCE, type Converter, type DataRow, FIRST_RELEASE } from "./converter";

const FILE = "china/caict_digital_economy.csv";

/** Raw column → measure. */
const COLUMNS = [
  ["digital_economy_trillion_yuan", "size"],
  ["share_of_gdp_pct", "share_of_gdp_pct"],
  ["digital_industrialization_trillion_yuan", "digital_industrialization"],
  ["industrial_digitalization_trillion_yuan", "industrial_digitalization"],
] as const;

/** Converter of the digital-economy estimates. */
export const digitalEconomy: Converter = {
  id: "digital-economy",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `caict_digital_economy.csv row ${i + 2}`;
      const note = [`as reported: ${r.publisher_as_reported}`, r.note].filter(Boolean).join("; ");
      for (const [column, measure] of COLUMNS) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ region: "CN", period: r.year, measure, value, status: "estimate", note, source: r.source_urls });
      }
    });
    const trillion = { zh: "万亿元", en: "trillion yuan" };
    return {
      meta: {
        id: "digital-economy",
        title: { zh: "数字经济规模及占 GDP 比重", en: "Size of China's digital economy and its share of GDP" },
        description: {
          zh: "中国数字经济规模（万亿元）及占 GDP 比重，2018—2023年；2019、2021、2022年另有数字产业化和产业数字化规模。2019、2021—2023年为中国信息通信研究院（中国信通院）报告数值，2018、2020年为中国网络空间研究院《中国互联网发展报告》数值，均经新闻或政府网页转述。",
          en: "The size of China's digital economy (trillion yuan) and its share of GDP, 2018–2023, with the split into digital industrialization and industrial digitalization for 2019, 2021 and 2022. 2019 and 2021–2023 are CAICT report figures; 2018 and 2020 come from the China Academy of Cyberspace Studies blue books; all as reported by news or government pages.",
        },
        themes: ["digital-economy"],
        kind: "observations",
        measures: [
          {
            id: "size",
            title: { zh: "数字经济规模", en: "Size of the digital economy" },
            unit: trillion,
            definition: {
              zh: "中国信通院口径（数字产业化与产业数字化增加值之和），研究估计，不是国家统计局“数字经济核心产业”。",
              en: "CAICT definition (value added of digital industrialization plus industrial digitalization); a research estimate, NOT the NBS 'digital economy core industries' measure.",
            },
            decimals: 1,
          },
          {
            id: "share_of_gdp_pct",
            title: { zh: "数字经济占 GDP 比重", en: "Digital economy, share of GDP" },
            unit: { zh: "%", en: "%" },
            definition: {
              zh: "按第五次全国经济普查修订前的 GDP 计算。",
              en: "Computed on GDP before the 5th-census revision.",
            },
            decimals: 1,
          },
          {
            id: "digital_industrialization",
            title: { zh: "数字产业化规模", en: "Digital industrialization" },
            unit: trillion,
            definition: {
              zh: "信息通信产业等数字产业本身的增加值（中国信通院口径）。",
              en: "Value added of the digital sector itself, e.g. ICT industries (CAICT definition).",
            },
            decimals: 2,
          },
          {
            id: "industrial_digitalization",
            title: { zh: "产业数字化规模", en: "Industrial digitalization" },
            unit: trillion,
            definition: {
              zh: "传统产业应用数字技术带来的增加值（中国信通院口径）。",
              en: "Value added from the use of digital technology in traditional industries (CAICT definition).",
            },
            decimals: 2,
          },
        ],
        licence: {
          ...CAICT_LICENCE,
          attribution: {
            zh: "来源：中国信息通信研究院；2018、2020年：中国网络空间研究院《中国互联网发展报告》",
            en: "Source: China Academy of Information and Communications Technology (来源：中国信息通信研究院); 2018 and 2020: China Academy of Cyberspace Studies, China Internet Development Report",
          },
        },
        sources: [
          {
            publisher: CAICT,
            title:
              "中国数字经济发展白皮书(2020年), 中国数字经济发展报告(2022年), 中国数字经济发展研究报告(2023年, 2024年), as reported by 经济日报/中国经济网, 人民邮电报, cww.net.cn and the Zhejiang Provincial Department of Economy and Information Technology; URL per row",
            url: "https://jxt.zj.gov.cn/art/2024/9/12/art_1657977_58933048.html",
            rawFile: FILE,
            kind: "third-party-estimate",
          },
          {
            publisher: {
              zh: "中国网络空间研究院（世界互联网大会蓝皮书）",
              en: "China Academy of Cyberspace Studies (World Internet Conference blue books)",
            },
            title: "中国互联网发展报告2019 and 2021, as reported by Xinhua and People's Daily (2018, 2020); URL per row",
            rawFile: FILE,
            kind: "third-party-estimate",
          },
        ],
        caveats: [
          {
            zh: "这些是中国信通院等机构的研究估计；中国信通院自己注明“以政府口径为准”。其口径较宽，与国家统计局“数字经济核心产业”不同。",
            en: "These are research estimates (CAICT notes that official government figures take precedence, 以政府口径为准). The definition is broad and is NOT the NBS 'digital economy core industries' measure.",
          },
          {
            zh: "占 GDP 比重按修订前的 GDP 计算（2023年53.9万亿元占42.8%，隐含 GDP 约126万亿元）；不要用 national-gdp 的修订后 GDP 重新计算。",
            en: "Shares of GDP use GDP before the revision (53.9 trillion = 42.8% in 2023 implies about 126 trillion); do not recompute them with the revised GDP in national-gdp.",
          },
          {
            zh: "2018、2020年不是中国信通院发布，而是中国网络空间研究院蓝皮书数值；2019年产业数字化在来源中为约数（约28.8万亿元）。一个低质量页面给出2023年56.7万亿元、43.5%，未采用。",
            en: "2018 and 2020 are not CAICT releases but figures from the Cyberspace Studies blue books; 2019 industrial digitalization is approximate in the source (约28.8 trillion). A low-quality page gives 56.7 / 43.5 for 2023; it was not used.",
          },
          {
            zh: "使用时须注明“来源：中国信息通信研究院”。",
            en: "Reuse requires the attribution 来源：中国信息通信研究院 (Source: CAICT).",
          },
        ],
        keywords: ["数字经济", "digital economy", "CAICT", "中国信通院", "数字产业化", "产业数字化"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
