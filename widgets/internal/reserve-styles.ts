/**
 * @module The height an element reserves while it loads, so that the host page's text below does not jump when
 * the figure arrives (cumulative layout shift, a Core Web Vital). The loading frame holds only its status line
 * (data has many children); that line takes the height the element will have once drawn, and so does an error's
 * message when the element has no fallback content of its own to show instead (`.alone`), so that a misconfigured
 * element keeps its place too: `--_r`, the body of its kind plus about 225 px of frame around it (title, subtitle, takeaway,
 * legend, table disclosure, source line), and 50 px more in narrow containers, where lines wrap (and plots are
 * 60 px lower). Bodies: a chart's plot (300 px), a ranking's 22 px per bar and 48 px of axis (before the data
 * says how many bars, 31 — the provinces — is the likeliest: 730 px), the tile map's aspect (9 rows of 8
 * columns) up to 420 px, a key figure's number, a table's scroll box. The numbers are measured, and
 * test/widgets/layout-shift.test.ts holds them to a CLS below 0.05. Written compact: the CSS ships as written,
 * inside the 15 kB entry.
 */
import { css } from "lit";

/** Shadow styles of the reservation, part of the base styles of every element. */
export const reserveStyles = css`
  .frame>.state[role="status"]:only-child,.frame>.alone{min-height:calc(var(--_r) + var(--_n,0px) - 26px)}
  @container (max-width:400px){.frame{--_n:50px}}
  :host(pa-chart),:host(pa-indicator){--_r:calc(var(--pa-height,300px) + 225px)}
  :host(pa-share){--_r:calc(var(--pa-height,300px) + 270px)}
  :host(pa-ranking){--_r:calc(var(--pa-height,730px) + 225px)}
  :host(pa-tilemap){--_r:calc(min(var(--pa-height,420px),(100cqw - 34px) * 1.12) + 225px)}
  :host(pa-stat){--_r:251px}
  :host(pa-table){--_r:475px}
`;
