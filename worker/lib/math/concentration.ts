/**
 * @module Market concentration from market shares: the Herfindahl–Hirschman Index (0–10,000), the n-firm
 * concentration ratio CRₙ, and the concentration classes US competition authorities use.
 */
import { InvalidInput } from "./invalid-input";

/** A firm (or platform) and its share of the market, in percent. */
export interface MarketShare {
  id: string;
  share: number;
}

/** Rounded shares may add up to slightly more than 100; more than this is not one market's shares. */
const SUM_TOLERANCE = 0.5;

/** Checks shares: each in [0, 100], their sum at most 100 (+ rounding tolerance). Returns the sum. */
export function checkShares(shares: readonly MarketShare[]): number {
  if (shares.length === 0) throw new InvalidInput("Concentration needs at least one market share; the filters left none.");
  let sum = 0;
  for (const s of shares) {
    if (!(Number.isFinite(s.share) && s.share >= 0 && s.share <= 100)) {
      throw new InvalidInput(
        `The share of ${s.id} is ${s.share}; shares are percentages between 0 and 100. Pick a measure in percent of the market.`,
      );
    }
    sum += s.share;
  }
  if (sum > 100 + SUM_TOLERANCE) {
    throw new InvalidInput(
      `The shares add up to ${round(sum)} %, more than 100: they are not shares of one market (a combined row such as "top 3" counted with its members, or several markets). Filter with category=… or pick another measure.`,
    );
  }
  return sum;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** HHI bounds when the listed firms cover less than the whole market. */
export interface HhiResult {
  /** Σ sᵢ² over the listed firms: the HHI when the unlisted rest is split among infinitely many tiny firms. */
  hhi: number;
  /** The HHI if the unlisted rest consisted of firms as large as the smallest listed one (the most it can add if the listed firms are the largest). */
  upper: number;
  /** Σ sᵢ: how much of the market the listed firms cover, in percent. */
  coverage: number;
  /** The listed shares, largest first, with their squares. */
  terms: { id: string; share: number; square: number }[];
}

/**
 * The Herfindahl–Hirschman Index HHI = Σ sᵢ² with shares in percent (10,000 = monopoly; n equal firms give 10,000/n).
 * When the shares cover less than 100 %, `hhi` is a lower bound and `upper` bounds it from above, assuming the
 * listed firms are the largest ones.
 */
export function hhi(shares: readonly MarketShare[]): HhiResult {
  const coverage = checkShares(shares);
  const terms = [...shares].sort((a, b) => b.share - a.share).map((s) => ({ id: s.id, share: s.share, square: s.share ** 2 }));
  const lower = terms.reduce((sum, t) => sum + t.square, 0);
  const rest = Math.max(0, 100 - coverage);
  const smallest = terms.at(-1)?.share ?? 0;
  let upper = lower;
  if (rest > 0 && smallest > 0) {
    const k = Math.floor(rest / smallest);
    upper += k * smallest ** 2 + (rest - k * smallest) ** 2;
  } else if (rest > 0) {
    upper += rest ** 2;
  }
  return { hhi: lower, upper, coverage, terms };
}

/** CRₙ: the combined share of the n largest firms, in percent; `complete` is false when fewer than n firms are listed while the shares cover less than 100 %, making it a lower bound. */
export function concentrationRatio(shares: readonly MarketShare[], n: number): { value: number; complete: boolean; firms: string[] } {
  const coverage = checkShares(shares);
  const top = [...shares].sort((a, b) => b.share - a.share).slice(0, n);
  return {
    value: top.reduce((sum, s) => sum + s.share, 0),
    complete: top.length === n || coverage >= 100 - 1e-9,
    firms: top.map((s) => s.id),
  };
}

/** Which guidelines' thresholds classify an HHI. */
export type Guidelines = "us-2023" | "us-2010";

/** A concentration class. */
export type ConcentrationClass = "unconcentrated" | "moderately-concentrated" | "highly-concentrated";

/**
 * Thresholds [moderate from, highly above]:
 * - `us-2023`: U.S. DOJ & FTC, Merger Guidelines (2023) §2.1 — above 1,800 highly concentrated; the DOJ's HHI
 *   page calls 1,000–1,800 moderately concentrated.
 * - `us-2010`: U.S. DOJ & FTC, Horizontal Merger Guidelines (2010) §5.3 — below 1,500 unconcentrated,
 *   1,500–2,500 moderately, above 2,500 highly concentrated.
 */
export const THRESHOLDS: Readonly<Record<Guidelines, readonly [number, number]>> = {
  "us-2023": [1000, 1800],
  "us-2010": [1500, 2500],
};

/** Classifies an HHI under `guidelines`; the boundary values belong to the moderate class, as the guidelines word it. */
export function concentrationClass(value: number, guidelines: Guidelines): ConcentrationClass {
  const [moderate, high] = THRESHOLDS[guidelines];
  if (value > high) return "highly-concentrated";
  if (value >= moderate) return "moderately-concentrated";
  return "unconcentrated";
}
