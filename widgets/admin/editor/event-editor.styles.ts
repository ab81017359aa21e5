import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

/** A list of questions being written: an event's, a mentoring season's. */
export const questionEditorStyles = css`
  .question {
    background: var(--hearth-color-surface, #ffffff);
  }
  .choice-item {
    display: grid;
    gap: 0.5rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
  }
  .add-question,
  .add-choice {
    justify-self: start;
  }
  /* Guidance, not an error: the organiser may still save. */
  .privacy-warning {
    padding: 0.75rem;
    border-inline-start: 4px solid #7a4100;
    background: #fff1e0;
    color: #5c3100;
    font-weight: 600;
  }
`;

export const editorStyles = [
  adminStyles,
  questionEditorStyles,
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
