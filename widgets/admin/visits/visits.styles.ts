import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** The visit pages' shared look: figures, the gap marker, the feedback bars, and print. */
export const visitsStyles = [
  adminStyles,
  css`
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .figures dd {
      margin: 0;
      font-size: 1.25rem;
      font-weight: 700;
    }
    tr.gap th,
    tr.gap td {
      background: #fdf0ef;
      font-weight: 600;
    }
    .gap-mark {
      color: var(--hearth-color-danger, #b3261e);
    }
    .bars {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .bars li {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) 1fr minmax(5rem, max-content);
      align-items: center;
      gap: 0.75rem;
    }
    .bar {
      block-size: 1rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
    .bar span {
      display: block;
      block-size: 100%;
      background: var(--hearth-color-primary, #0b57d0);
    }
    .comments {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .comments blockquote {
      margin: 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 3px solid var(--hearth-color-border, #8a8f96);
    }
    section {
      display: grid;
      gap: 0.75rem;
    }
    code {
      font-size: 1rem;
      letter-spacing: 0.1em;
    }
    @media print {
      .screen-only {
        display: none !important;
      }
      section {
        break-inside: avoid-page;
      }
      th,
      td {
        border: 1px solid #000000;
      }
    }
  `,
];
