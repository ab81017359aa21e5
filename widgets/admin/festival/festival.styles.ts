import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** The festival pages' shared look: application cards, flags, side-by-side translations. */
export const festivalStyles = [
  adminStyles,
  css`
    section,
    .cards {
      display: grid;
      gap: 0.75rem;
    }
    .cards {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem 1.5rem;
    }
    .filters fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .flag {
      color: #7a4100;
      background: #fff1e0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    .cook-words {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--hearth-color-border, #8a8f96);
    }
    td.amount,
    th.amount {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
    }
    .plan {
      inline-size: 5rem;
    }
  `,
];
