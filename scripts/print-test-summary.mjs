// Prints the one line CI reads, `N passed, N failed`, from vitest's JSON report, and exits non-zero when
// anything failed or the report is missing (so a crashed run can never look green).
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? ".test-results.json";
if (!existsSync(file)) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.success === false && !report.numFailedTests ? 1 : 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
