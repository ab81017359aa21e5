import { css } from "lit";
import { baseStyles } from "../shared/base.styles.js";
import { formFieldStyles } from "../shared/form-field.styles.js";

export const signupStyles = [
  baseStyles,
  formFieldStyles,
  css`
    .form {
      display: grid;
      gap: var(--hearth-space, 1rem);
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
    /* Every date of a series booked: one block per date, its links beneath it. */
    .series-dates {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .series-dates > li {
      display: grid;
      gap: 0.5rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--hearth-color-border, #8a8f96);
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
