/**
 * @module The URLs of one exact version and its representations.
 */

/** Links of `id@version` below `origin`. `path` is origin-relative (for Content-Location). */
export function exactLinks(origin: string, id: string, version: string) {
  const path = `/v1/datasets/${id}@${version}`;
  const self = `${origin}${path}`;
  return {
    path,
    self,
    all: {
      version: self,
      data: `${self}/data`,
      csv: `${self}/data.csv`,
      jsonstat: `${self}/data.jsonstat`,
      datapackage: `${self}/datapackage.json`,
      parquet: `${self}/data.parquet`,
    },
  };
}
