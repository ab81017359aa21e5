import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** The tag on answers to sensitive questions, wherever the roster shows or asks them. */
export const sensitiveBadgeStyles = css`
  .badge.sensitive {
    color: #8a1c14;
    background: #fdeeed;
  }
`;

export const rosterStyles = [
  adminStyles,
  sensitiveBadgeStyles,
  css`
    .totals {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .totals dt {
      font-size: 0.9rem;
    }
    .totals dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    .badge.offered {
      color: var(--hearth-color-primary, #0b57d0);
      background: #eef3fd;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hearth-space, 1rem);
      margin-block: var(--hearth-space, 1rem);
    }
    .filters .field {
      flex: 1 1 12rem;
    }
    .roster td .actions {
      min-inline-size: 12rem;
    }
    .change-row {
      display: grid;
      gap: 0.5rem;
      min-inline-size: 16rem;
    }
    .change-row input[type="number"] {
      inline-size: 6rem;
    }
    .change-row summary {
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      cursor: pointer;
      font-weight: 600;
    }
    .change-details {
      display: grid;
      gap: 0.5rem;
    }
    .answers {
      margin: 0;
    }
    .answers dt {
      font-weight: 600;
    }
    .answers dd {
      margin: 0 0 0.25rem;
    }
    .sensitive-download {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .checked {
      display: block;
      font-size: 0.9rem;
    }
    code {
      font-size: 1rem;
      letter-spacing: 0.1em;
    }
    .print-only {
      display: none;
    }
    @media print {
      .screen-only {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      .print-only th,
      .print-only td {
        border: 1px solid #000000;
      }
      .tick {
        inline-size: 4rem;
        text-align: center;
        font-size: 1.25rem;
      }
    }
  `,
];
