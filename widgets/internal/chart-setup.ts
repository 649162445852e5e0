/**
 * @module Chart.js with only what the widgets draw registered. Loaded lazily as its own chunk, so pages that
 * never draw a chart never download it.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

export { Chart };
