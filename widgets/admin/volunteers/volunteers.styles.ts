import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** The volunteer pages' shared look: the board's cells, shift states, role cards. */
export const volunteersStyles = [
  adminStyles,
  css`
    section,
    .role {
      display: grid;
      gap: 0.75rem;
    }
    .board td {
      padding: 0;
    }
    .cell {
      display: grid;
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.5rem;
      border: 0;
      background: transparent;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .cell:focus-visible {
      outline: 3px solid var(--hearth-color-focus, #0b57d0);
      outline-offset: -3px;
    }
    .cell[aria-pressed="true"] {
      background: var(--hearth-color-surface-alt, #eef2f8);
    }
    .state {
      font-weight: 600;
    }
    .state-under {
      color: var(--hearth-color-danger, #b3261e);
    }
    .state-full {
      color: var(--hearth-color-success, #146c2e);
    }
    .volunteers {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .volunteers > li {
      display: grid;
      gap: 0.5rem;
      padding: 0.75rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .contacts {
      inline-size: 100%;
      min-block-size: 5rem;
      font: inherit;
    }
    .role {
      padding: 1rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
  `,
];
