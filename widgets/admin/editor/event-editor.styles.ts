import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

export const editorStyles = [
  adminStyles,
  css`
    .side-by-side {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0.75rem var(--hearth-space, 1rem);
    }
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
