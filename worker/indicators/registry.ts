/**
 * @module The indicator registry: each definition with its texts, in the order `GET /v1/indicators` lists them.
 * Used at build time (written to `_data/indicators.json`, which the worker serves), by the OpenAPI contract
 * and by the tests. The worker itself imports only `definitions.ts`: the texts stay out of its bundle.
 */
import type { IndicatorInfo, IndicatorMethod, IndicatorParameter, IndicatorView } from "../../schemas/indicator";
import { advancementRatioText } from "./advancement-ratio";
import { cagrText } from "./cagr";
import { changeYoyText } from "./change-yoy";
import { couplingCoordinationText } from "./coupling-coordination";
import { crNText } from "./cr-n";
import { cvText } from "./cv";
import { DEFINITIONS } from "./definitions";
import { entropyIndexText } from "./entropy-index";
import { giniText } from "./gini";
import { giniGroupedText } from "./gini-grouped";
import { growthYoyText } from "./growth-yoy";
import { hhiText } from "./hhi";
import { indexToBaseText } from "./index-to-base";
import { industrySharesText } from "./industry-shares";
import { parameterDocs } from "./parameter-docs";
import { perCapitaText } from "./per-capita";
import { shareText } from "./share";
import { sigmaConvergenceText } from "./sigma-convergence";
import { structureLevelText } from "./structure-level";
import { theilLText } from "./theil-l";
import { theilTText } from "./theil-t";
import type { Indicator, IndicatorText } from "./types";
import { urbanRuralGapText } from "./urban-rural-gap";
import { urbanRuralRatioText } from "./urban-rural-ratio";
import { VIEW_TEXTS, VIEWS } from "./views";
import { williamsonText } from "./williamson";

/** Each indicator's texts, by indicator id. */
const TEXTS: Readonly<Record<string, IndicatorText>> = {
  gini: giniText,
  "gini-grouped": giniGroupedText,
  "theil-t": theilTText,
  "theil-l": theilLText,
  cv: cvText,
  williamson: williamsonText,
  "sigma-convergence": sigmaConvergenceText,
  "urban-rural-ratio": urbanRuralRatioText,
  "urban-rural-gap": urbanRuralGapText,
  hhi: hhiText,
  "cr-n": crNText,
  "industry-shares": industrySharesText,
  "advancement-ratio": advancementRatioText,
  "structure-level": structureLevelText,
  "entropy-index": entropyIndexText,
  "coupling-coordination": couplingCoordinationText,
  "growth-yoy": growthYoyText,
  "change-yoy": changeYoyText,
  cagr: cagrText,
  "index-to-base": indexToBaseText,
  "per-capita": perCapitaText,
  share: shareText,
};

/** A definition with its texts: everything the registry says about an indicator, and how to compute it. */
export type DescribedIndicator = Indicator &
  Omit<IndicatorText, "method" | "parameters"> & { readonly method: IndicatorMethod; readonly parameters: IndicatorParameter[] };

/** Joins a definition and its texts; throws when a text is missing or does not match the definition's parameters. */
function describe(definition: Indicator): DescribedIndicator {
  const text = TEXTS[definition.id];
  if (!text) throw new Error(`indicator ${definition.id} has no texts in registry.ts`);
  return {
    ...definition,
    title: text.title,
    description: text.description,
    unit: text.unit,
    method: { version: definition.method.version, ...text.method },
    example: text.example,
    parameters: parameterDocs(definition, text),
  };
}

const stray = Object.keys(TEXTS).filter((id) => !DEFINITIONS.some((d) => d.id === id));
if (stray.length > 0) throw new Error(`registry.ts has texts for indicators without a definition: ${stray.join(", ")}`);

/** Every indicator with its texts, in the order of {@link DEFINITIONS}. */
export const INDICATORS: readonly DescribedIndicator[] = DEFINITIONS.map(describe);

/** Looks an indicator up by id. */
export const findIndicator = (id: string): DescribedIndicator | undefined => INDICATORS.find((i) => i.id === id);

/** The registry entry of an indicator, as `GET /v1/indicators` lists it (without links, which name the host). */
export const infoOf = (i: DescribedIndicator): IndicatorInfo => ({
  id: i.id,
  title: i.title,
  description: i.description,
  unit: i.unit,
  method: i.method,
  parameters: i.parameters,
  example: i.example,
});

/** Every named view with its texts, as the registry lists it (without links); throws when a view has no texts. */
export const DESCRIBED_VIEWS: readonly IndicatorView[] = VIEWS.map((view) => {
  const text = VIEW_TEXTS[view.id];
  if (!text) throw new Error(`view ${view.id} has no texts in views.ts`);
  return {
    id: view.id,
    title: text.title,
    question: text.question,
    description: text.description,
    indicator: view.indicator,
    query: view.query,
  };
});
