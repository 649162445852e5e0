/**
 * @module The registry of dataset converters: adding a dataset from raw files = one file + one line here.
 */
import type { Converter } from "./converter";
import { internetUsers } from "./internet-users";
import { provinceGdp } from "./province-gdp";
import { regions } from "./regions";
import { WORLD_CONVERTERS } from "./world";

/** Every converter, in catalog order. */
export const CONVERTERS: readonly Converter[] = [regions, internetUsers, provinceGdp, ...WORLD_CONVERTERS];
