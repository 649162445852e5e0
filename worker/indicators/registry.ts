/**
 * @module The indicator registry: every indicator the API computes, in the order it lists them.
 * Adding one = one file + one line here + one test.
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

/** Every indicator, by theme: inequality, divide, concentration, structure, composites, growth, ratios. */
export const INDICATORS: readonly Indicator[] = [
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

/** Looks an indicator up by id. */
export const findIndicator = (id: string): Indicator | undefined => INDICATORS.find((i) => i.id === id);
