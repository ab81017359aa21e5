import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

export const editorStyles = [
  adminStyles,
  css`
    .slot {
      background: var(--hearth-color-surface, #ffffff);
    }
    .taken {
      font-weight: 600;
    }
    .remove-slot,
    .add-slot {
      justify-self: start;
    }
    .waitlist-offer input[type="radio"] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--hearth-color-primary, #0b57d0);
    }
    .waitlist-offer .field {
      max-inline-size: 24rem;
    }
    .summary:focus {
      outline: 3px solid var(--hearth-color-focus, #1a1a1a);
    }
  `,
];
