/**
 * @module Shadow styles shared by every element. The theming API is the `--pa-*` custom properties (set them on
 * the element or any ancestor) and the `::part`s; everything else is private (`--_*`). The frame resets the
 * inherited properties a hostile page could push in, so host CSS cannot distort the widget.
 */
import { css } from "lit";
import { reserveStyles } from "./reserve-styles";

/** Shared styles; elements add their own after these. */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    min-width: 0;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    all: initial;
    /* Light defaults. Okabe–Ito hues, darkened where needed for 3:1 against the background (WCAG 1.4.11). */
    --_bg: #ffffff;
    --_fg: #1f2328;
    --_muted: #57606a;
    --_border: #d0d7de;
    --_grid: #e6e8eb;
    --_error: #a40e26;
    --_c1: #0072b2;
    --_c2: #d55e00;
    --_c3: #009e73;
    --_c4: #aa4499;
    --_c5: #8a6d00;
    --_c6: #1f78b4;
    --_c7: #6a3d9a;
    --_c8: #57606a;
    --_seq0: #deebf7;
    --_seq1: #9ecae1;
    --_seq2: #6baed6;
    --_seq3: #2171b5;
    --_seq4: #08306b;
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    position: relative;
    margin: 0;
    padding: 12px 16px;
    direction: ltr;
    unicode-bidi: isolate;
    font-family: var(--pa-font, system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
    /* Large-text mode (适老化): --pa-font-scale (or the element's font-scale attribute) scales every text. */
    font-size: calc(var(--pa-font-size, 15px) * var(--pa-font-scale, 1));
    line-height: 1.5;
    text-align: start;
    color: var(--pa-fg, var(--_fg));
    background: var(--pa-bg, var(--_bg));
    border: 1px solid var(--pa-border, var(--_border));
    border-radius: var(--pa-radius, 6px);
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
    --muted: var(--pa-muted, var(--_muted));
    --grid: var(--pa-grid, var(--_grid));
    --bg: var(--pa-bg, var(--_bg));
  }
  .frame.dark {
    --_bg: #0d1117;
    --_fg: #e6edf3;
    --_muted: #9da7b3;
    --_border: #30363d;
    --_grid: #262c34;
    --_error: #ff8182;
    --_c1: #56b4e9;
    --_c2: #e69f00;
    --_c3: #3fd0a4;
    --_c4: #f0a0d0;
    --_c5: #f0e442;
    --_c6: #ff8c5a;
    --_c7: #b39ddb;
    --_c8: #9da7b3;
    --_seq0: #3d7fc2;
    --_seq1: #6ea6d8;
    --_seq2: #94c1e6;
    --_seq3: #bcd8f0;
    --_seq4: #e3eefa;
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
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
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-height: 120px;
    color: var(--muted);
    text-align: center;
  }
  .error {
    color: var(--pa-error, var(--_error));
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
  tr.selected {
    outline: 2px solid var(--c1);
    outline-offset: -2px;
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
    .frame {
      padding: 8px 10px;
      font-size: calc(var(--pa-font-size, 14px) * var(--pa-font-scale, 1));
    }
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
    .frame {
      break-inside: avoid;
      border-color: #999;
    }
    .actions,
    .cite button {
      display: none;
    }
  }
  ${reserveStyles}
`;
