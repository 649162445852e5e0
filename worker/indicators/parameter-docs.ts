/**
 * @module The registry listing of an indicator's parameters: kinds, defaults and choices from its definition,
 * descriptions and examples from its texts. Pure; used at build time (the worker serves the built listing).
 */
import type { IndicatorParameter } from "../../schemas/indicator";
import type { Indicator, IndicatorText, ParameterText } from "./types";

/** Documentation of the filters and switches every indicator takes (`lang` is documented with the API). */
export const COMMON_PARAMETER_DOCS: IndicatorParameter[] = [
  {
    name: "period",
    kind: "period",
    required: false,
    description: {
      zh: "期间范围，如 2015..2022；给出时各输入必须覆盖所有期间。",
      en: "Period range such as 2015..2022; when given, every input must cover every period in it.",
    },
  },
  {
    name: "region",
    kind: "text",
    required: false,
    description: { zh: "地区代码列表（逗号分隔）。", en: "Region codes (comma-separated)." },
  },
  {
    name: "group",
    kind: "choice",
    required: false,
    choices: ["east", "central", "west", "northeast"],
    description: { zh: "只取国家统计局四大区域之一或几个。", en: "Keep only provinces of these NBS groups." },
  },
  {
    name: "explain",
    kind: "choice",
    required: false,
    choices: ["0", "1"],
    default: "0",
    description: { zh: "1 = 附上中间计算值。", en: "1 = include intermediate values." },
  },
];

/** The names of the parameters a definition declares, in listing order: series, `by`, options. */
export function parameterNames(indicator: Indicator): string[] {
  return [...Object.keys(indicator.series), ...(indicator.grouping ? ["by"] : []), ...Object.keys(indicator.options)];
}

/** The registry listing of an indicator's parameters; throws when the texts miss a parameter or name an unknown one. */
export function parameterDocs(indicator: Indicator, text: IndicatorText): IndicatorParameter[] {
  const texts: Readonly<Record<string, ParameterText | undefined>> = text.parameters;
  const names = parameterNames(indicator);
  const extra = Object.keys(texts).filter((name) => !names.includes(name));
  if (extra.length > 0) throw new Error(`${indicator.id}: texts for unknown parameters ${extra.join(", ")}`);
  const textOf = (name: string): ParameterText => {
    const t = texts[name];
    if (!t) throw new Error(`${indicator.id}: no text for parameter ${name}`);
    return t;
  };
  const example = (t: ParameterText) => (t.example ? { example: t.example } : {});
  const docs: IndicatorParameter[] = [];
  for (const [name, p] of Object.entries(indicator.series)) {
    const t = textOf(name);
    docs.push({ name, kind: p.list ? "series-list" : "series", required: p.required, description: t.description, ...example(t) });
  }
  if (indicator.grouping) {
    const t = textOf("by");
    docs.push({ name: "by", kind: "grouping", required: indicator.grouping.required, description: t.description, ...example(t) });
  }
  for (const [name, o] of Object.entries(indicator.options)) {
    const t = textOf(name);
    docs.push({
      name,
      kind: o.kind,
      required: o.required ?? false,
      description: t.description,
      ...(o.default === undefined ? {} : { default: o.default }),
      ...(o.choices ? { choices: [...o.choices] } : {}),
      ...example(t),
    });
  }
  return [...docs, ...COMMON_PARAMETER_DOCS];
}
