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
    .summary:focus {
      outline: 3px solid var(--hearth-color-focus, #1a1a1a);
    }
  `,
];
