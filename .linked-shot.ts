// Throwaway (not committed): screenshot of the gallery's linked example with Guangdong selected.
import chromium from "@sparticuz/chromium";
import { chromium as pw } from "playwright";
import { freePort, startWorker } from "./test/support/serve-worker";

const port = await freePort();
const worker = await startWorker(port);
console.log("worker pid", worker.pid);
const browser = await pw.launch({ executablePath: process.env.PA_CHROMIUM ?? (await chromium.executablePath()), args: chromium.args });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 2400 } });
  await page.goto(`http://127.0.0.1:${port}/widgets/#linked`);
  const section = page.locator("section[aria-labelledby=linked]");
  await section.scrollIntoViewIfNeeded();
  const map = section.locator("pa-tilemap");
  await map.locator('g[data-region="CN-GD"] rect').waitFor();
  await section.locator("pa-chart canvas").waitFor();
  await section.locator("pa-ranking canvas").waitFor();
  await page.waitForTimeout(1500); // throwaway script: let the chart finish its entry animation
  await map.locator('g[data-region="CN-GD"] rect').click();
  await section.locator('pa-table tr[aria-selected="true"]').waitFor();
  await page.waitForTimeout(800);
  await section.screenshot({ path: "/tmp/linked/gallery-linked.png" });
  await section.locator("pa-ranking canvas").waitFor();
  const live = await section.locator("pa-ranking .sr-only[aria-live]").textContent();
  const liveChart = await section.locator("pa-chart .sr-only[aria-live]").textContent();
  console.log("table live:", live, "| chart live:", liveChart);
} finally {
  await browser.close();
  worker.kill();
}
