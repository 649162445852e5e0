/**
 * @module The one-script entry: `<script type="module" src="https://HOST/widgets/v1.js">` registers every element.
 */
import { define } from "./define";
import { PaChart } from "./pa-chart/pa-chart";

define("pa-chart", PaChart);

export { PaChart };
