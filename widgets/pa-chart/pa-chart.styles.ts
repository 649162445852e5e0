/**
 * @module Styles of `<pa-chart>`. Theming goes through `--pa-*` custom properties and `::part`.
 */
import { css } from "lit";

/** Shadow styles; host CSS cannot reach inside except through the documented properties and parts. */
export const styles = css`
  :host {
    --pa-font: system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
    --pa-bg: #ffffff;
    --pa-fg: #1f2328;
    --pa-muted: #57606a;
    --pa-border: #d0d7de;
    --pa-grid: #e6e8eb;
    --pa-error: #a40e26;
    --pa-height: 320px;
    --pa-color-1: #0072b2;
    --pa-color-2: #d55e00;
    --pa-color-3: #009e73;
    --pa-color-4: #cc79a7;
    --pa-color-5: #e69f00;
    --pa-color-6: #56b4e9;
    display: block;
    box-sizing: border-box;
    font-family: var(--pa-font);
    color: var(--pa-fg);
    background: var(--pa-bg);
    border: 1px solid var(--pa-border);
    border-radius: 6px;
    padding: 12px 16px;
    min-width: 0;
    max-width: 100%;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      --pa-bg: #0d1117;
      --pa-fg: #e6edf3;
      --pa-muted: #9da7b3;
      --pa-border: #30363d;
      --pa-grid: #21262d;
      --pa-error: #ff8182;
      --pa-color-1: #56b4e9;
      --pa-color-2: #e69f00;
      --pa-color-3: #3fd0a4;
      --pa-color-4: #f0a0d0;
    }
  }
  :host([theme="dark"]) {
    --pa-bg: #0d1117;
    --pa-fg: #e6edf3;
    --pa-muted: #9da7b3;
    --pa-border: #30363d;
    --pa-grid: #21262d;
    --pa-error: #ff8182;
    --pa-color-1: #56b4e9;
    --pa-color-2: #e69f00;
    --pa-color-3: #3fd0a4;
    --pa-color-4: #f0a0d0;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 8px;
  }
  .plot {
    position: relative;
    height: var(--pa-height);
  }
  canvas {
    display: block;
  }
  .state {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 120px;
    color: var(--pa-muted);
    text-align: center;
  }
  .state.error {
    color: var(--pa-error);
    flex-direction: column;
  }
  details {
    margin-top: 8px;
    font-size: 0.875rem;
  }
  summary {
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    margin-top: 4px;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-bottom: 1px solid var(--pa-grid);
    padding: 2px 8px;
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 320px;
  }
  footer {
    margin-top: 8px;
    font-size: 0.75rem;
    color: var(--pa-muted);
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--pa-color-1);
    outline-offset: 2px;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
  }
`;
