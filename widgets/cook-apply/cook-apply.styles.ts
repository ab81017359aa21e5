import { css } from "lit";
import { signupStyles } from "../signup/signup.styles.js";

export const cookApplyStyles = [
  ...signupStyles,
  css`
    .intro {
      display: grid;
      gap: 0.25rem;
    }
    .festival {
      font-weight: 600;
    }
    .step {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
    .step-title {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-size: 1.25em;
    }
    .icon {
      font-size: 1.25em;
      line-height: 1;
    }
    .progress {
      display: grid;
      grid-template-columns: repeat(9, 1fr);
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .progress li {
      block-size: 0.5rem;
      border: 1px solid var(--hearth-color-primary, #0b57d0);
      border-radius: 0.25rem;
    }
    .progress li.done,
    .progress li.current {
      background: var(--hearth-color-primary, #0b57d0);
    }
    .progress li.current {
      block-size: 0.75rem;
      align-self: center;
    }
    .progress-text:empty {
      display: none;
    }
    .progress-text {
      font-weight: 600;
    }
    .group {
      display: grid;
      gap: 0.75rem;
      min-inline-size: 0;
      margin: 0;
      padding: 0.75rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
      gap: 0.25rem 1rem;
    }
    .choice {
      align-items: center;
    }
    .choice .icon {
      flex: none;
    }
    .none {
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--hearth-color-border, #8a8f96);
      font-weight: 600;
    }
    .price {
      display: grid;
      gap: 0.5rem;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .nav .next,
    .nav .send {
      margin-inline-start: auto;
    }
    .button {
      gap: 0.5rem;
    }
    :host(:dir(rtl)) .arrow,
    [dir="rtl"] .arrow {
      display: inline-block;
      transform: scaleX(-1);
    }
    .remove,
    .add {
      justify-self: start;
    }
    .keep-link {
      display: grid;
      gap: 0.5rem;
      border-inline-start: 4px solid var(--hearth-color-success, #146c2e);
    }
    .keep-title {
      font-weight: 600;
    }
    .url {
      overflow-wrap: anywhere;
      font-size: 0.9em;
    }
    .review {
      display: grid;
      gap: 0.75rem;
      margin: 0;
    }
    .review-item {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 1rem;
      padding-block-end: 0.75rem;
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
    }
    .review dt {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .review dd {
      margin: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .plain {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .tag {
      display: inline-flex;
      gap: 0.25rem;
      margin-inline-end: 0.5rem;
    }
    .missing {
      color: var(--hearth-color-danger, #b3261e);
      font-weight: 600;
    }
    .application-status {
      display: grid;
      gap: 0.5rem;
      border-inline-start: 4px solid var(--hearth-color-primary, #0b57d0);
    }
    .application-status h3:focus {
      outline-offset: 4px;
    }
    .application-status.approved {
      border-inline-start-color: var(--hearth-color-success, #146c2e);
    }
    .application-status.declined {
      border-inline-start-color: var(--hearth-color-muted, #4a4f55);
    }
    .organiser-message {
      display: grid;
      gap: 0.25rem;
      white-space: pre-line;
    }
    h4 {
      margin: 0;
    }
  `,
];
