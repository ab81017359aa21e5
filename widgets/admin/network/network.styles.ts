import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";
import { cardListStyles } from "../shared/card-list.styles.js";

/** The network pages' shared look: sections, cards of events and networks, the link shown once. */
export const networkStyles = [
  adminStyles,
  cardListStyles,
  css`
    /* A link shown once: long, with no spaces, so it breaks anywhere rather than widen the page. */
    .once a {
      overflow-wrap: anywhere;
    }
    .state {
      font-weight: 600;
    }
    .badge.featured {
      color: var(--hearth-color-success, #146c2e);
      background: #eef7f0;
    }
    .badge.hidden-state,
    .badge.unlisted {
      color: #7a4100;
      background: #fff1e0;
    }
    .points {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
];
