/**
 * @module The registry of dataset converters: adding a dataset from raw files = one file + one line here.
 */
import type { Converter } from "./converter";
import { digitalEconomy } from "./digital-economy";
import { expressDelivery } from "./express-delivery";
import { internetUsers } from "./internet-users";
import { internetUsersAge } from "./internet-users-age";
import { mobilePayments } from "./mobile-payments";
import { nationalGdp } from "./national-gdp";
import { nationalGini } from "./national-gini";
import { nationalHouseholdIncome } from "./national-household-income";
import { nationalIncomeUrbanRuralPoints } from "./national-income-urban-rural-points";
import { onlineRetail } from "./online-retail";
import { platformMarketShares } from "./platform-market-shares";
import { provinceEducationExpenditure } from "./province-education-expenditure";
import { provinceEnterpriseEcommerce } from "./province-enterprise-ecommerce";
import { provinceGdp } from "./province-gdp";
import { provinceGdpByIndustry } from "./province-gdp-by-industry";
import { provinceHealthResources } from "./province-health-resources";
import { provinceIncome } from "./province-income";
import { provinceIncomeUrbanRural } from "./province-income-urban-rural";
import { provinceInternet } from "./province-internet";
import { provincePatentsSciTech } from "./province-patents-sci-tech";
import { provincePopulation } from "./province-population";
import { provinceRdExpenditure } from "./province-rd-expenditure";
import { provinceSoftwareItServices } from "./province-software-it-services";
import { provinceTelecom } from "./province-telecom";
import { provinceTelecomCapacity } from "./province-telecom-capacity";
import { regions } from "./regions";
import { telecomInfrastructure } from "./telecom-infrastructure";
import { WORLD_CONVERTERS } from "./world";

/** Every converter, in catalog order. */
export const CONVERTERS: readonly Converter[] = [
  regions,
  internetUsers,
  provinceGdp,
  provincePopulation,
  provinceGdpByIndustry,
  nationalGdp,
  nationalGini,
  nationalHouseholdIncome,
  nationalIncomeUrbanRuralPoints,
  provinceIncome,
  provinceIncomeUrbanRural,
  provinceInternet,
  provinceTelecom,
  provinceEnterpriseEcommerce,
  telecomInfrastructure,
  onlineRetail,
  expressDelivery,
  platformMarketShares,
  provinceHealthResources,
  digitalEconomy,
  provinceSoftwareItServices,
  provinceRdExpenditure,
  provincePatentsSciTech,
  provinceTelecomCapacity,
  mobilePayments,
  internetUsersAge,
  provinceEducationExpenditure,
  ...WORLD_CONVERTERS,
];
