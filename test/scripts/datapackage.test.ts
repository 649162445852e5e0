/**
 * Every `datapackage.json` the API serves is valid against the official Frictionless Data Package v2.0 profile.
 * The descriptors are built by the same pure function the worker uses, from the built catalog and block indexes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../schemas";
import { ROOT } from "../../scripts/lib/paths";
import { toDataPackage } from "../../worker/lib/datapackage";
import type { VersionManifest } from "../../worker/storage/manifest";

/** A Table Schema field as the descriptors write them. */
interface TableField {
  name: string;
  type: "string" | "number" | "integer";
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** What Frictionless would report about one cell under its field (the constraints the descriptors use), or "". */
function cellProblem(field: TableField, cell: string): string {
  const c = field.constraints ?? {};
  if (cell === "") return c.required ? "is required" : "";
  if (field.type === "number" && !Number.isFinite(Number(cell))) return `"${cell}" is not a number`;
  if (field.type === "integer" && !/^-?\d+$/.test(cell)) return `"${cell}" is not an integer`;
  if (c.enum && !c.enum.includes(cell)) return `"${cell}" is not one of ${c.enum.join(", ")}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return `"${cell}" does not match ${c.pattern}`;
  return "";
}

const profile = JSON.parse(readFileSync(join(ROOT, "test/fixtures/frictionless-2.0/datapackage.json"), "utf8"));
const dataDir = join(ROOT, ".assets/_data");
const readJson = <T>(key: string): T => JSON.parse(readFileSync(join(dataDir, key), "utf8")) as T;

describe("datapackage.json", () => {
  let catalog: Catalog;
  beforeAll(() => {
    if (!existsSync(join(dataDir, "catalog.json"))) throw new Error("run npm run build first (npm test does)");
    catalog = readJson<Catalog>("catalog.json");
  });

  it("should validate against the Data Package v2.0 profile for every published version", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    let checked = 0;
    for (const entry of catalog.datasets) {
      for (const version of entry.versions) {
        const manifest = readJson<VersionManifest>(`${entry.id}/${version.version}/index.json`);
        const descriptor = toDataPackage(entry, version, manifest, `https://atlas.example/v1/datasets/${entry.id}@${version.version}`);
        const valid = validate(descriptor);
        expect(valid ? [] : validate.errors, `${entry.id}@${version.version}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it("should point its CSV at the sealed file (the lock's hash) and list the Parquet file, for every version", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "data/lock.json"), "utf8")) as Record<string, string>;
    for (const entry of catalog.datasets) {
      for (const version of entry.versions) {
        const ref = `${entry.id}@${version.version}`;
        const manifest = readJson<VersionManifest>(`${entry.id}/${version.version}/index.json`);
        const base = `https://atlas.example/v1/datasets/${ref}`;
        const [csv, parquet, ...rest] = toDataPackage(entry, version, manifest, base).resources;
        expect(rest, ref).toEqual([]);
        expect(csv, ref).toMatchObject({ path: `${base}/data.csv`, hash: lock[ref]?.replace("sha256-", "sha256:") });
        const sealed = readFileSync(join(ROOT, "data", entry.id, version.version, "data.csv"));
        expect(csv?.bytes, ref).toBe(sealed.length);
        expect(parquet, ref).toMatchObject({
          path: `${base}/data.parquet`,
          mediatype: "application/vnd.apache.parquet",
          bytes: version.files?.parquet.bytes,
          hash: version.files?.parquet.hash.replace("sha256-", "sha256:"),
        });
      }
    }
  });

  it("should describe every row of the sealed CSV with its Table Schema (types, required, enum, pattern, key)", () => {
    let rows = 0;
    for (const entry of catalog.datasets) {
      for (const version of entry.versions) {
        const ref = `${entry.id}@${version.version}`;
        const manifest = readJson<VersionManifest>(`${entry.id}/${version.version}/index.json`);
        const [resource] = toDataPackage(entry, version, manifest, "https://atlas.example/x").resources;
        const schema = (resource as { schema: { fields: TableField[]; primaryKey?: string[] } }).schema;
        const records = parse(readFileSync(join(ROOT, "data", entry.id, version.version, "data.csv")), { columns: true }) as Record<
          string,
          string
        >[];
        expect(Object.keys(records[0] ?? {}), ref).toEqual(schema.fields.map((f) => f.name));
        const keys = new Set<string>();
        records.forEach((record, i) => {
          for (const field of schema.fields) {
            const problem = cellProblem(field, record[field.name] ?? "");
            if (problem) throw new Error(`${ref} row ${i + 2} [${field.name}] ${problem}`);
          }
          if (schema.primaryKey) {
            const key = schema.primaryKey.map((k) => record[k]).join("\u0000");
            expect(keys.has(key), `${ref} row ${i + 2}: primary key repeated`).toBe(false);
            keys.add(key);
          }
        });
        rows += records.length;
      }
    }
    expect(rows).toBe(catalog.datasets.reduce((n, d) => n + d.versions.reduce((m, v) => m + v.coverage.rows, 0), 0));
  });

  it("should validate with the workplace's copy of the profile, where it is present", () => {
    const shared = join(ROOT, "../shared/specs/frictionless-2.0/datapackage.json");
    if (!existsSync(shared)) return;
    expect(JSON.parse(readFileSync(shared, "utf8"))).toEqual(profile);
  });

  it("should be rejected by the profile when it is broken (the check can fail)", () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    const entry = catalog.datasets[0];
    const version = entry?.versions[0];
    if (!entry || !version) throw new Error("empty catalog");
    const descriptor = toDataPackage(entry, version, readJson(`${entry.id}/${version.version}/index.json`), "https://atlas.example/x");
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, licenses: [{ name: "has spaces" }] })).toBe(false);
  });
});
