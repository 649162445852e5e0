/**
 * @module Build-time check of the one region-code scheme (schemas/region-codes.ts): every observation's region
 * must be a province in `regions`, a code in `countries`, or an aggregate documented in the scheme, and a dataset
 * names China either `CN` or `CHN`, never both.
 */
import { parse } from "csv-parse/sync";
import { CHINA_CODE, CHINA_ISO3, DOCUMENTED_REGIONS, FAMILY_PATTERNS } from "../../schemas/region-codes";
import type { DataIssue, LoadedDataset, LoadedVersion } from "./read-data";

/** The reference tables that list codes, and the shape their codes must have. */
const REFERENCE_TABLES = { regions: FAMILY_PATTERNS.province, countries: FAMILY_PATTERNS.country } as const;

/** Every code an observation may use, from the reference tables in `datasets` and the documented aggregates. */
export function knownRegionCodes(datasets: readonly LoadedDataset[]): Set<string> {
  const known = new Set(DOCUMENTED_REGIONS.map((r) => r.code));
  for (const d of datasets) {
    if (!(d.meta.id in REFERENCE_TABLES)) continue;
    for (const v of d.versions) for (const row of v.rows) known.add(String(row.region));
  }
  return known;
}

/**
 * Line numbers of the records that fail `bad`, read again from the CSV text: the loaded rows leave out rows
 * that failed validation, so only the file knows the true line. Runs only when something is wrong.
 */
function badLines(version: LoadedVersion, bad: (region: string) => boolean): number[] {
  const records = parse(version.csv, { columns: true, skip_empty_lines: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.filter((r) => bad(r.record.region ?? "")).map((r) => r.info.lines);
}

function referenceIssues(d: LoadedDataset, pattern: RegExp): DataIssue[] {
  return d.versions.flatMap((v) => {
    if (v.rows.every((row) => pattern.test(String(row.region)))) return [];
    const file = `${d.meta.id}/${v.meta.version}/data.csv`;
    return badLines(v, (code) => !pattern.test(code)).map((row) => ({
      file,
      row,
      column: "region",
      message: `a ${d.meta.id} code must match ${pattern.source}`,
    }));
  });
}

function observationIssues(d: LoadedDataset, known: ReadonlySet<string>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const v of d.versions) {
    const file = `${d.meta.id}/${v.meta.version}/data.csv`;
    const regions = new Set(v.rows.map((row) => String(row.region)));
    const unknown = [...regions].filter((code) => !known.has(code));
    if (unknown.length > 0) {
      const set = new Set(unknown);
      for (const row of badLines(v, (code) => set.has(code)))
        issues.push({
          file,
          row,
          column: "region",
          message: "unknown region code: not a province in regions, a code in countries, nor an aggregate in schemas/region-codes.ts",
        });
    }
    if (regions.has(CHINA_CODE) && regions.has(CHINA_ISO3)) {
      // Point at the rarer of the two: in a dataset of CHN rows, the stray CN row is the mistake.
      const count = (code: string) => v.rows.filter((row) => row.region === code).length;
      const stray = count(CHINA_CODE) <= count(CHINA_ISO3) ? CHINA_CODE : CHINA_ISO3;
      const [first] = badLines(v, (code) => code === stray);
      issues.push({
        file,
        row: first,
        column: "region",
        message: `China appears as both ${CHINA_CODE} and ${CHINA_ISO3}; use ${CHINA_CODE} in China datasets and ${CHINA_ISO3} in world datasets`,
      });
    }
  }
  return issues;
}

/** Every violation of the region-code scheme in `datasets`, located by file, row and column. */
export function regionIssues(datasets: readonly LoadedDataset[]): DataIssue[] {
  const known = knownRegionCodes(datasets);
  return datasets.flatMap((d) => {
    const pattern = REFERENCE_TABLES[d.meta.id as keyof typeof REFERENCE_TABLES];
    if (pattern) return referenceIssues(d, pattern);
    return d.meta.kind === "observations" ? observationIssues(d, known) : [];
  });
}
