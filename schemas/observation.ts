/**
 * @module One tidy observation: a value of one measure, for one region, in one period.
 */
import * as v from "valibot";
import { ObservationStatus } from "./flags";
import { Period } from "./period";

/** Region codes: ISO 3166-1 alpha-2/alpha-3, ISO 3166-2, or a documented aggregate code (see data/README.md). */
export const RegionCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z0-9]{2,3}(?:-[A-Z0-9]{1,12})*$/, "a region code such as CN, CHN, CN-BJ or CN-EAST"),
);

/** A measure id: snake_case, as declared in the dataset's metadata. */
export const MeasureId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, "a snake_case measure id"));

/**
 * A tidy observation row. `category` breaks a measure down further where the data has a third dimension
 * (e.g. the platform within a market's share measure); `status` holds its flags (see `./flags`); `source` is the
 * page or file the value was read from, where it differs by row.
 */
export const Observation = v.strictObject({
  region: RegionCode,
  period: Period,
  measure: MeasureId,
  category: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(120))),
  value: v.pipe(v.number(), v.finite()),
  status: v.optional(ObservationStatus),
  note: v.optional(v.string()),
  source: v.optional(v.string()),
});
/** A tidy observation row. */
export type Observation = v.InferOutput<typeof Observation>;

/** The columns of an observation table, in their published order. */
export const OBSERVATION_FIELDS = ["region", "period", "measure", "category", "value", "status", "note", "source"] as const;

export { FLAGS, type Flag, joinFlags, ObservationStatus, parseFlags } from "./flags";
