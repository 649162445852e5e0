/**
 * @module `npm run seal -- <id>@<version>`: publishes a version that has no converter (e.g. a partner's CSV placed
 * in `data/<id>/<version>/data.csv` beside a hand-written `version.json`). Writes the version's `meta.json` (the
 * snapshot of `data/<id>/dataset.json` it seals) when it has none, validates the dataset as the build does, and
 * writes its lock entry. Refuses a version that is already locked with other bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readLock, writeLock } from "./lib/lock";
import { DATA_DIR, LOCK_FILE } from "./lib/paths";
import { planVersions } from "./lib/publish";
import { formatIssue, loadData } from "./lib/read-data";

const dataDir = process.env.PA_DATA_DIR ?? DATA_DIR;
const lockFile = process.env.PA_DATA_DIR ? join(dataDir, "lock.json") : LOCK_FILE;
const ref = process.argv[2] ?? "";
const match = /^([a-z][a-z0-9-]*)@(\d+\.\d+\.\d+)$/.exec(ref);
if (!match) {
  console.error("usage: npm run seal -- <id>@<version>   (e.g. npm run seal -- partner-survey@1.0.0)");
  process.exit(2);
}
const [, id, version] = match as unknown as [string, string, string];
try {
  const plan = planVersions(dataDir, id, [{ version }]);
  for (const [path, content] of plan.files) {
    mkdirSync(dirname(join(dataDir, path)), { recursive: true });
    writeFileSync(join(dataDir, path), content);
  }
  const issues = loadData(dataDir).issues.filter((i) => i.file.startsWith(`${id}/`));
  if (issues.length > 0) {
    for (const issue of issues) console.error(`seal: ${formatIssue(issue)}`);
    process.exit(1);
  }
  const lock = readLock(lockFile);
  const hash = plan.hashes[ref] as string;
  if (lock[ref] && lock[ref] !== hash) {
    console.error(`seal: ${ref} is published (${lock[ref]}) and its data.csv is now ${hash}; publish a new version instead`);
    process.exit(1);
  }
  writeLock(lockFile, { ...lock, [ref]: hash });
  console.log(`seal: ${ref} sealed (${hash}); commit data/${id}/ and data/lock.json to publish it`);
} catch (error) {
  console.error(`seal: ${(error as Error).message}`);
  process.exit(1);
}
