/**
 * @module The height an element reserves while it loads, so that the host page's text below does not jump when
 * the figure arrives (cumulative layout shift, a Core Web Vital). The loading frame holds only its status line;
 * that line takes the height the element will have once drawn: the body of its kind (plot, map, number, table)
 * plus the frame around it (title, subtitle, takeaway, legend, table disclosure, source line), which grows in
 * narrow containers where lines wrap. The numbers are measured (test/widgets/layout-shift.test.ts checks them).
 */
import { css } from "lit";

/** Shadow styles of the reservation, part of the base styles of every element. */
export const reserveStyles = css`
  .frame {
    /* Frame around the body: padding, border, title, subtitle, takeaway, legend, disclosure, source line. */
    --_chrome: 225px;
    --_body: 160px;
  }
  /* The loading state is the frame's only child (the error state has a slot beside it, data has many children). */
  .frame > .state[role="status"]:only-child {
    min-height: calc(var(--_body) + var(--_chrome) - 26px);
  }
  :host(pa-chart) .frame,
  :host(pa-indicator) .frame,
  :host(pa-share) .frame {
    --_body: var(--pa-height, 300px);
  }
  :host(pa-share) .frame {
    --_chrome: 270px;
  }
  /* A ranking draws 22 px per bar; before the data says how many, 31 (the provinces) is the likeliest. */
  :host(pa-ranking) .frame {
    --_body: var(--pa-height, calc(31 * 22px + 48px));
  }
  /* The tile map keeps its aspect (about 9 rows of 8 columns) up to its largest height. */
  :host(pa-tilemap) .frame {
    --_body: min(var(--pa-height, 420px), calc((100cqw - 34px) * 1.12));
  }
  :host(pa-stat) .frame {
    --_body: 56px;
    --_chrome: 195px;
  }
  :host(pa-table) .frame {
    --_body: var(--pa-table-height, 320px);
    --_chrome: 155px;
  }
  @container (max-width: 400px) {
    .frame {
      --_chrome: 320px;
    }
    :host(pa-chart) .frame,
    :host(pa-indicator) .frame {
      --_body: var(--pa-height, 240px);
    }
    :host(pa-share) .frame {
      --_body: var(--pa-height, 240px);
      --_chrome: 420px;
    }
    :host(pa-tilemap) .frame {
      --_body: min(var(--pa-height, 420px), calc((100cqw - 22px) * 1.12));
    }
    :host(pa-stat) .frame {
      --_body: 88px;
      --_chrome: 240px;
    }
    :host(pa-table) .frame {
      --_chrome: 210px;
    }
  }
`;
