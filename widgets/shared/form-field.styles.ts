import { css } from "lit";

/**
 * Labelled fields, number pairs, and groups of radio buttons or checkboxes (times, the organisers'
 * choice questions): every public form's (sign-up, manage page).
 */
export const formFieldStyles = css`
  .field {
    display: grid;
    align-content: start;
    gap: 0.25rem;
  }
  label,
  legend,
  summary {
    font-weight: 600;
  }
  .hint {
    font-size: 0.95em;
  }
  input:not([type="radio"], [type="checkbox"]),
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--hearth-color-border, #8a8f96);
    border-radius: var(--hearth-radius, 0.5rem);
    background: var(--hearth-color-surface, #ffffff);
    color: inherit;
    font: inherit;
  }
  [aria-invalid="true"] {
    border-color: var(--hearth-color-danger, #b3261e);
    border-width: 2px;
  }
  .party {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hearth-space, 1rem);
  }
  .party .field {
    flex: 1 1 8rem;
  }
  .slots,
  .choices {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--hearth-color-border, #8a8f96);
    border-radius: var(--hearth-radius, 0.5rem);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-block-size: 2.75rem;
    font-weight: 400;
    cursor: pointer;
  }
  .choice > span {
    display: grid;
  }
  .choice-label {
    font-weight: 600;
  }
  input[type="radio"],
  input[type="checkbox"] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--hearth-color-primary, #0b57d0);
  }
`;
