/**
 * @module The catalog as the API serves it, for tests that visit one page per dataset.
 */
import type { Catalog } from "../../../schemas";

/** Fetches `/v1/datasets` from the worker under test. */
export async function fetchCatalog(apiBase: string): Promise<Catalog["datasets"]> {
  const response = await fetch(`${apiBase}/v1/datasets`);
  if (!response.ok) throw new Error(`/v1/datasets answered ${response.status}`);
  const body = (await response.json()) as { datasets: Catalog["datasets"] };
  return body.datasets;
}
