/**
 * @module The height an element reserves while it loads, so that the host page's text below does not jump when
 * the figure arrives (cumulative layout shift, a Core Web Vital). The loading frame holds only its status line;
 * that line takes the height the element will have once drawn: the body of its kind (plot, map, number, table)
 * plus the frame around it (title, subtitle, takeaway, legend, table disclosure, source line), which grows in
 * narrow containers where lines wrap. The numbers are measured (test/widgets/layout-shift.test.ts checks them).
 *
 * `--_c` is the frame around the body (chrome); `--_b` the body of the kind: a chart's plot height, a ranking's 22 px
 * per bar and 48 px of axis (before the data says how many bars, 31, the provinces, is the likeliest: 730 px), the tile map's aspect (about 9 rows
 * of 8 columns) up to its largest height. In narrow containers (a container query cannot style the host itself)
 * the values are set on the frame. The loading state is the frame's only child (the error state has a slot
 * beside it, data has many children). Written compact: the CSS ships as written, inside the 15 kB entry.
 */
import { css } from "lit";

/** Shadow styles of the reservation, part of the base styles of every element. */
export const reserveStyles = css`
  :host{--_c:225px;--_b:160px}
  .frame>.state[role="status"]:only-child{min-height:calc(var(--_b) + var(--_c) - 26px)}
  :host(pa-chart),:host(pa-indicator),:host(pa-share){--_b:var(--pa-height,300px)}
  :host(pa-share){--_c:270px}
  :host(pa-ranking){--_b:var(--pa-height,730px)}
  :host(pa-tilemap){--_b:min(var(--pa-height,420px),(100cqw - 34px) * 1.12)}
  :host(pa-stat){--_b:56px;--_c:195px}
  :host(pa-table){--_b:var(--pa-table-height,320px);--_c:155px}
  @container (max-width:400px){
    .frame{--_c:320px}
    :host(pa-chart) .frame,:host(pa-indicator) .frame{--_b:var(--pa-height,240px)}
    :host(pa-share) .frame{--_b:var(--pa-height,240px);--_c:420px}
    :host(pa-stat) .frame{--_b:88px;--_c:240px}
    :host(pa-table) .frame{--_c:210px}
  }
`;
