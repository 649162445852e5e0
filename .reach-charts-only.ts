import { writeChartFont } from "./scripts/build/chart-font";
import { bundleChartsWorker } from "./scripts/build/charts";
console.log("font", await writeChartFont());
console.log("bundle gzip", await bundleChartsWorker());
