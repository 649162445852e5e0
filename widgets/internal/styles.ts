/**
 * @module Shadow styles of every element while it loads or fails: the host box, the frame with its text colours,
 * the status and error lines, and the reserved height. Only these are in the entry; what the frame shows with data
 * (title, legend, table, source line, actions, series colours) is styled by the views (views/frame-styles.ts),
 * adopted when the data is first shown. The theming API is the `--pa-*` custom properties (set them on the element
 * or any ancestor) and the `::part`s; everything else is private (`--_*`). The frame resets the inherited
 * properties a hostile page could push in, so host CSS cannot distort the widget.
 */
import { css } from "lit";
import { reserveStyles } from "./reserve-styles";

/** Shared styles of the loading and error frame; the views add the rest (views/frame-styles.ts). */
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
    /* Light defaults (the series colours are the views'). */
    --_bg: #ffffff;
    --_fg: #1f2328;
    --_muted: #57606a;
    --_border: #d0d7de;
    --_error: #a40e26;
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
    --muted: var(--pa-muted, var(--_muted));
  }
  .frame.dark {
    --_bg: #0d1117;
    --_fg: #e6edf3;
    --_muted: #9da7b3;
    --_border: #30363d;
    --_error: #ff8182;
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
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
  @container (max-width: 400px) {
    .frame {
      padding: 8px 10px;
      font-size: calc(var(--pa-font-size, 14px) * var(--pa-font-scale, 1));
    }
  }
  @media print {
    .frame {
      break-inside: avoid;
      border-color: #999;
    }
  }
  ${reserveStyles}
`;
