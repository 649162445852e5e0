/**
 * A test double of an indicator result in the agreed shape (see the helpers' brief), computed here from the
 * worker's real province-gdp rows: the Theil T index of provincial GDP with every province weighted equally,
 * split exactly into between- and within-group parts by NBS group. Marked as a fixture in its title and
 * method; the widgets only display it — the indicators API (another branch) is the product's computation.
 */

interface Row {
  region: string;
  period: string;
  value: number;
}

/** Theil T of `values` (equal weights): mean of (x/μ)·ln(x/μ). */
export function theilT(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((sum, x) => sum + (x / mean) * Math.log(x / mean), 0) / values.length;
}

/** Between- and within-group parts of Theil T; they add up to {@link theilT} of all values. */
export function theilDecomposition(groups: readonly (readonly number[])[]): { between: number; within: number } {
  const all = groups.flat();
  const n = all.length;
  const mean = all.reduce((a, b) => a + b, 0) / n;
  let between = 0;
  let within = 0;
  for (const g of groups) {
    const gm = g.reduce((a, b) => a + b, 0) / g.length;
    const weight = (g.length / n) * (gm / mean);
    between += weight * Math.log(gm / mean);
    within += weight * theilT(g);
  }
  return { between, within };
}

/** Fetches province GDP and regions from the worker and builds the result for `periods`. */
export async function theilFixture(apiBase: string, periods = "2020..2024") {
  const data = (await (await fetch(`${apiBase}/v1/datasets/province-gdp@1.0.0/data.json?measure=gdp&period=${periods}`)).json()) as {
    version: string;
    hash: string;
    rows: Row[];
  };
  const regions = (await (await fetch(`${apiBase}/v1/regions`)).json()) as { regions: { region: string; group: string }[] };
  const groupOf = new Map(regions.regions.map((r) => [r.region, r.group]));
  const byPeriod = new Map<string, Row[]>();
  for (const row of data.rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  const results = [...byPeriod].map(([period, rows]) => {
    const groups = new Map<string, number[]>();
    for (const r of rows) groups.set(groupOf.get(r.region) ?? "?", [...(groups.get(groupOf.get(r.region) ?? "?") ?? []), r.value]);
    const components = theilDecomposition([...groups.values()]);
    return { period, region: "CN", value: theilT(rows.map((r) => r.value)), components };
  });
  return {
    indicator: "theil-t",
    title: { zh: "省际GDP泰尔指数（测试夹具，等权）", en: "Theil T of provincial GDP (test fixture, equal weights)" },
    unit: { zh: "指数", en: "index" },
    method: {
      version: "0.0.0-fixture",
      formula: "T = (1/n) Σ (x_i/μ) ln(x_i/μ) = between + within",
      reference: "Theil, H. (1967). Economics and Information Theory. North-Holland.",
    },
    parameters: { weights: "equal", groups: "nbs" },
    inputs: [{ dataset: "province-gdp", version: data.version, hash: data.hash, measure: "gdp" }],
    results,
  };
}
