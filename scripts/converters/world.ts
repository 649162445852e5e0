/**
 * @module The world datasets' converters (WB WDI, OWID, Gapminder), in catalog order. Kept apart from the
 * China converters so that the two sets are registered in `index.ts` with one line.
 */
import type { Converter } from "./converter";
import { countries } from "./countries";
import { worldAccountOwnership } from "./world-account-ownership";
import { worldDigitalAccess } from "./world-digital-access";
import { worldEconomy } from "./world-economy";
import { worldIncomeDistribution } from "./world-income-distribution";
import { worldInternetUse } from "./world-internet-use";
import { worldPopulation } from "./world-population";
import { worldPublicServices } from "./world-public-services";
import { worldRdExpenditure } from "./world-rd-expenditure";
import { worldSectorShares } from "./world-sector-shares";
import { worldServicesShare } from "./world-services-share";

/** The world converters: the `countries` code list first, then one dataset per meaning. */
export const WORLD_CONVERTERS: readonly Converter[] = [
  countries,
  worldInternetUse,
  worldDigitalAccess,
  worldIncomeDistribution,
  worldEconomy,
  worldSectorShares,
  worldServicesShare,
  worldPopulation,
  worldRdExpenditure,
  worldPublicServices,
  worldAccountOwnership,
];
