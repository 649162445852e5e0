/**
 * @module One tidy observation: a value of one measure, for one region, in one period.
 */
import * as v from "valibot";
import { Period } from "./period";

/** Region codes: ISO 3166-1 alpha-2/alpha-3, ISO 3166-2, or a documented aggregate code (see data/README.md). */
export const RegionCode = v.pipe(
  v.string(),
  v.regex(/^[A-Z0-9]{2,3}(?:-[A-Z0-9]{1,12})*$/, "a region code such as CN, CHN, CN-BJ or CN-EAST"),
);

/** A measure id: snake_case, as declared in the dataset's metadata. */
export const MeasureId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, "a snake_case measure id"));

/**
 * Flags an observation carries when the source says so. They are part of the data, not footnotes:
 * - `break`: the series' definition changes at this observation (the metadata says how);
 * - `secondary`: read from a repost, news report, consultancy or Q&A page, not from the publisher;
 * - `transcribed`: hand-keyed from a printed or page table;
 * - `estimate`: a third-party or model estimate, not an official statistic;
 * - `lower-bound`: the source gives a lower bound (">13万"), not the value;
 * - `rounded`: the source printed a rounded figure (e.g. "16 percent", "1.06 billion");
 * - `old-method`: measured by a method that a later series break replaced;
 * - `provisional`: a preliminary figure that the publisher may revise;
 * - `partial` (legacy, kept because published versions use it): the figure covers only part of the population or period.
 */
export const FLAGS = [
  "break",
  "secondary",
  "transcribed",
  "estimate",
  "lower-bound",
  "rounded",
  "old-method",
  "provisional",
  "partial",
] as const;
/** One observation flag. */
export const Flag = v.picklist(FLAGS);
/** One observation flag. */
export type Flag = v.InferOutput<typeof Flag>;

const FLAG_LIST = new RegExp(`^(?:${FLAGS.join("|")})(?:;(?:${FLAGS.join("|")}))*$`);

/** The `status` of an observation: one or more {@link FLAGS} joined by `;` (e.g. `secondary;transcribed`). */
export const ObservationStatus = v.pipe(
  v.string(),
  v.regex(FLAG_LIST, `one or more of ${FLAGS.join(", ")}, joined by ";"`),
  v.check((s) => new Set(s.split(";")).size === s.split(";").length, "a flag appears twice"),
);
/** The `status` of an observation: flags joined by `;`. */
export type ObservationStatus = v.InferOutput<typeof ObservationStatus>;

/** The flags of a `status` (empty when there is none); unknown words are dropped. */
export function parseFlags(status: string | undefined): Flag[] {
  if (!status) return [];
  return status.split(";").filter((f): f is Flag => (FLAGS as readonly string[]).includes(f));
}

/**
 * A tidy observation row. `category` breaks a measure down further where the data has a third dimension
 * (e.g. the platform within a market's share measure); `source` is the page or file the value was read from,
 * where it differs by row.
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
