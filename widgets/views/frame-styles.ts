/**
 * @module Shadow styles of what every element's frame shows with data: title, subtitle, takeaway, notes, stale
 * note, plot and legend, the table alternative, the source line with the actions, the citation, and the series
 * colours the charts read. They travel with the views and are adopted when data is first shown; the loading and
 * error frame's styles are in the entry (internal/styles.ts), where they apply from the first paint.
 */
import { css } from "./css-text";

/** Styles of the frame with data, after the entry's base styles and before the element's own view styles. */
export const frameStyles = css`
  .frame {
    /* Light defaults. Okabe–Ito hues, darkened where needed for 3:1 against the background (WCAG 1.4.11). */
    --_grid: #e6e8eb;
    --_c1: #0072b2;
    --_c2: #d55e00;
    --_c3: #009e73;
    --_c4: #aa4499;
    --_c5: #8a6d00;
    --_c6: #1f78b4;
    --_c7: #6a3d9a;
    --_c8: #57606a;
    /* Resolved colours, read by the chart code from the computed style. */
    --c1: var(--pa-color-1, var(--_c1));
    --c2: var(--pa-color-2, var(--_c2));
    --c3: var(--pa-color-3, var(--_c3));
    --c4: var(--pa-color-4, var(--_c4));
    --c5: var(--pa-color-5, var(--_c5));
    --c6: var(--pa-color-6, var(--_c6));
    --c7: var(--pa-color-7, var(--_c7));
    --c8: var(--pa-color-8, var(--_c8));
    --fg: var(--pa-fg, var(--_fg));
    --grid: var(--pa-grid, var(--_grid));
    --bg: var(--pa-bg, var(--_bg));
  }
  .frame.dark {
    --_grid: #262c34;
    --_c1: #56b4e9;
    --_c2: #e69f00;
    --_c3: #3fd0a4;
    --_c4: #f0a0d0;
    --_c5: #f0e442;
    --_c6: #ff8c5a;
    --_c7: #b39ddb;
    --_c8: #9da7b3;
  }
  figcaption {
    display: block;
    font-weight: 600;
    font-size: 1.05em;
    margin: 0 0 4px;
  }
  /* The takeaway: one line in the text colour, not a grey paragraph of numbers. */
  .summary {
    margin: 0 0 8px;
    font-size: 0.9375em;
  }
  .subtitle {
    margin: -2px 0 4px;
    color: var(--muted);
    font-size: 0.875em;
  }
  .notes {
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    color: var(--muted);
    font-size: 0.8125em;
  }
  .stale {
    margin: 0 0 8px;
    padding: 4px 8px;
    border-inline-start: 3px solid var(--c5);
    font-size: 0.875em;
  }
  .plot {
    position: relative;
    height: var(--pa-height, 300px);
    border-radius: 4px;
  }
  .plot canvas {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    flex: none;
  }
  .legend .pick {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  /* A stroked marker (cross) has no fill; a class, not a style attribute, for hosts with a strict style-src. */
  .legend .stroked {
    fill: none;
  }
  .legend .hatch {
    fill: none;
    stroke: var(--bg);
    stroke-opacity: 0.75;
    stroke-linecap: round;
  }
  .c1 { fill: var(--c1); stroke: var(--c1); }
  .c2 { fill: var(--c2); stroke: var(--c2); }
  .c3 { fill: var(--c3); stroke: var(--c3); }
  .c4 { fill: var(--c4); stroke: var(--c4); }
  .c5 { fill: var(--c5); stroke: var(--c5); }
  .c6 { fill: var(--c6); stroke: var(--c6); }
  .c7 { fill: var(--c7); stroke: var(--c7); }
  .c8 { fill: var(--c8); stroke: var(--c8); }
  details {
    margin-top: 8px;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
  }
  .table-wrap {
    overflow: auto;
    max-height: var(--pa-table-height, 320px);
    margin-top: 4px;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    width: max-content;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 2px 8px;
  }
  th,
  td {
    border-bottom: 1px solid var(--grid);
    padding: 3px 8px;
    text-align: end;
    font-weight: normal;
  }
  thead th {
    font-weight: 600;
    position: sticky;
    top: 0;
    background: var(--bg);
  }
  th[scope="row"],
  .text {
    text-align: start;
  }
  /* The linked selection shows without colour too: an outline and bold text. */
  tr.selected {
    outline: 2px solid var(--c1);
    outline-offset: -2px;
    font-weight: 600;
  }
  tr[tabindex] {
    cursor: pointer;
  }
  tr[tabindex]:focus-visible {
    outline: 3px solid var(--fg);
    outline-offset: -3px;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin-top: 8px;
    font-size: 0.8em;
    color: var(--muted);
  }
  footer .source {
    flex: 1 1 200px;
    /* Source lines carry long unbroken tokens (repository paths, dataset@version): wrap them in narrow columns. */
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button {
    font: inherit;
    color: var(--fg);
    background: transparent;
    border: 1px solid var(--pa-border, var(--_border));
    border-radius: 4px;
    padding: 2px 8px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--fg);
  }
  .cite {
    margin-top: 8px;
    font-size: 0.8em;
  }
  .cite p {
    margin: 4px 0;
    user-select: all;
    overflow-wrap: anywhere;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--c1);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  @container (max-width: 400px) {
    .plot {
      height: var(--pa-height, 240px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .actions,
    .cite button {
      display: none;
    }
  }
`;
