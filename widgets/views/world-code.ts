/**
 * @module Which region codes are countries or aggregates of countries (ISO 3166-1 alpha-3 and World Bank codes):
 * the world part of the names table, which pages of Chinese data never need.
 */

/** Whether `code` is a country or an aggregate of countries (`CHN`, `WLD`, `HIC`…). */
export const isWorldCode = (code: string): boolean => /^[A-Z]{3}$/.test(code);
