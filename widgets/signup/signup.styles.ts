import { css } from "lit";
import { baseStyles } from "../shared/base.styles.js";

export const signupStyles = [
  baseStyles,
  css`
    .form {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
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
    .slots {
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
    .availability.open {
      color: var(--hearth-color-success, #146c2e);
    }
    .availability.waitlist {
      color: var(--hearth-color-warning, #8a4b00);
    }
    .availability.closed {
      color: var(--hearth-color-danger, #b3261e);
    }
    .needs {
      display: grid;
      gap: 0.75rem;
    }
    .needs[open] > * + * {
      margin-block-start: 0.75rem;
    }
    summary {
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      cursor: pointer;
    }
    /* Live regions stay in the page (hidden ones are not announced reliably); empty ones take no room. */
    .status:empty {
      padding: 0;
      border: 0;
    }
    .error-box {
      color: var(--hearth-color-danger, #b3261e);
      font-weight: 600;
    }
    /* What sending will do, when it is not a place: said before anyone types. */
    .notice {
      margin: 0;
      padding: 0.75rem;
      border-inline-start: 0.25rem solid var(--hearth-color-primary, #0b57d0);
      background: var(--hearth-color-surface, #ffffff);
      font-weight: 600;
    }
    .status {
      display: grid;
      gap: 0.5rem;
      padding: var(--hearth-space, 1rem);
      border-inline-start: 4px solid var(--hearth-color-success, #146c2e);
      background: var(--hearth-color-surface, #ffffff);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .submit {
      justify-self: start;
    }
    .trap {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  `,
];
