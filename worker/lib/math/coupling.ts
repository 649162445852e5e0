/**
 * @module The coupling coordination degree of two systems (耦合协调度), in the normative two-system form
 * given by 王淑佳、孔伟、任亮、治丹丹、戴尧 (2021) 国内耦合协调度模型的误区及修正, 自然资源学报 36(3): 793–810,
 * with the ten-level classification of 廖重斌 (1999) 热带地理 19(2): 171–177.
 */
import { InvalidInput } from "./invalid-input";

/** Coupling C, comprehensive development T and coordination D = √(C·T). */
export interface CouplingResult {
  coupling: number;
  development: number;
  coordination: number;
}

/**
 * C = 2√(U₁U₂)/(U₁ + U₂), T = αU₁ + βU₂, D = √(C·T), for U₁, U₂ ∈ [0, 1] and α + β = 1.
 * When both systems are 0, C is undefined and taken as 0 (then D = 0, as T = 0 anyway).
 */
export function couplingCoordination(u1: number, u2: number, alpha = 0.5): CouplingResult {
  for (const [name, u] of [
    ["a", u1],
    ["b", u2],
  ] as const) {
    if (!(Number.isFinite(u) && u >= 0 && u <= 1)) {
      throw new InvalidInput(
        `System ${name} has index ${u}; the coupling model needs indices in [0, 1] (for example entropy-weight scores).`,
        name,
      );
    }
  }
  if (!(alpha >= 0 && alpha <= 1)) throw new InvalidInput(`alpha is ${alpha}; it must be in [0, 1] (beta = 1 − alpha).`, "alpha");
  const sum = u1 + u2;
  const coupling = sum === 0 ? 0 : (2 * Math.sqrt(u1 * u2)) / sum;
  const development = alpha * u1 + (1 - alpha) * u2;
  return { coupling, development, coordination: Math.sqrt(coupling * development) };
}

/** The ten classes of D in steps of 0.1, from 极度失调 (extreme imbalance) to 优质协调 (quality coordination). */
export const COORDINATION_CLASSES = [
  { id: "extreme-imbalance", zh: "极度失调", en: "extreme imbalance" },
  { id: "serious-imbalance", zh: "严重失调", en: "serious imbalance" },
  { id: "moderate-imbalance", zh: "中度失调", en: "moderate imbalance" },
  { id: "mild-imbalance", zh: "轻度失调", en: "mild imbalance" },
  { id: "near-imbalance", zh: "濒临失调", en: "on the verge of imbalance" },
  { id: "barely-coordinated", zh: "勉强协调", en: "barely coordinated" },
  { id: "primary-coordination", zh: "初级协调", en: "primary coordination" },
  { id: "intermediate-coordination", zh: "中级协调", en: "intermediate coordination" },
  { id: "good-coordination", zh: "良好协调", en: "good coordination" },
  { id: "quality-coordination", zh: "优质协调", en: "quality coordination" },
] as const;

/** The class of a coordination degree D ∈ [0, 1]: [0, 0.1) is the first, [0.9, 1] the last. */
export function coordinationClass(d: number): (typeof COORDINATION_CLASSES)[number] {
  const index = Math.min(9, Math.max(0, Math.floor(d * 10 + 1e-12)));
  return COORDINATION_CLASSES[index] as (typeof COORDINATION_CLASSES)[number];
}
