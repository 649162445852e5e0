/**
 * @module The one list of indicators: every indicator the worker computes, in the order the registry lists them.
 * Each definition carries its own texts (folded out of the worker bundle); `registry.ts` joins them for the
 * build, the OpenAPI document and the typed client. Adding an indicator = one file + one line here + its test
 * (docs/indicators.md, "Adding an indicator").
 */
import { advancementRatio } from "./advancement-ratio";
import { cagr } from "./cagr";
import { changeYoy } from "./change-yoy";
import { couplingCoordination } from "./coupling-coordination";
import { crN } from "./cr-n";
import { cv } from "./cv";
import { entropyIndex } from "./entropy-index";
import { gini } from "./gini";
import { giniGrouped } from "./gini-grouped";
import { growthYoy } from "./growth-yoy";
import { hhi } from "./hhi";
import { indexToBase } from "./index-to-base";
import { industryShares } from "./industry-shares";
import { perCapita } from "./per-capita";
import { share } from "./share";
import { sigmaConvergence } from "./sigma-convergence";
import { structureLevel } from "./structure-level";
import { theilL } from "./theil-l";
import { theilT } from "./theil-t";
import type { Indicator } from "./types";
import { urbanRuralGap } from "./urban-rural-gap";
import { urbanRuralRatio } from "./urban-rural-ratio";
import { williamson } from "./williamson";

/** Every indicator definition, by theme: inequality, divide, concentration, structure, composites, growth, ratios. */
export const DEFINITIONS: readonly Indicator[] = [
  gini,
  giniGrouped,
  theilT,
  theilL,
  cv,
  williamson,
  sigmaConvergence,
  urbanRuralRatio,
  urbanRuralGap,
  hhi,
  crN,
  industryShares,
  advancementRatio,
  structureLevel,
  entropyIndex,
  couplingCoordination,
  growthYoy,
  changeYoy,
  cagr,
  indexToBase,
  perCapita,
  share,
];

/** Looks a definition up by id. */
export const findDefinition = (id: string): Indicator | undefined => DEFINITIONS.find((i) => i.id === id);
