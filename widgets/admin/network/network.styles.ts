import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** The network pages' shared look: sections, cards of events and networks, the link shown once. */
export const networkStyles = [
  adminStyles,
  css`
    section {
      display: grid;
      gap: 0.75rem;
    }
    h2 {
      margin: 0;
    }
    p {
      margin: 0;
    }
    .cards {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: grid;
      gap: 0.5rem;
    }
    .card h3 {
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
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
