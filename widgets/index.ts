/**
 * @module The one-script entry: `<script type="module" src="https://HOST/widgets/v1.js">` registers every
 * element. A second copy of the script on the page defines nothing twice (see define.ts). Chart.js and the
 * actions (CSV, PNG, citation) are separate chunks loaded on demand.
 */
import { define } from "./define";
import { PaChart } from "./pa-chart/pa-chart";
import { PaIndicator } from "./pa-indicator/pa-indicator";
import { PaRanking } from "./pa-ranking/pa-ranking";
import { PaShare } from "./pa-share/pa-share";
import { PaStat } from "./pa-stat/pa-stat";
import { PaTable } from "./pa-table/pa-table";
import { PaTilemap } from "./pa-tilemap/pa-tilemap";

define("pa-chart", PaChart);
define("pa-ranking", PaRanking);
define("pa-share", PaShare);
define("pa-tilemap", PaTilemap);
define("pa-stat", PaStat);
define("pa-table", PaTable);
define("pa-indicator", PaIndicator);

export { PaChart, PaIndicator, PaRanking, PaShare, PaStat, PaTable, PaTilemap };

declare global {
  interface HTMLElementTagNameMap {
    "pa-chart": PaChart;
    "pa-ranking": PaRanking;
    "pa-share": PaShare;
    "pa-tilemap": PaTilemap;
    "pa-stat": PaStat;
    "pa-table": PaTable;
    "pa-indicator": PaIndicator;
  }
}
