import { css } from "lit";
import { signupStyles } from "../signup/signup.styles.js";

/** The first screens' styles; the later steps and the manage page bring theirs. */
export const mentoringStyles = [
  ...signupStyles,
  css`
    .intro {
      display: grid;
      gap: 0.25rem;
    }
    .season {
      font-weight: 600;
    }
    .step {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
    .step-title {
      font-size: 1.25em;
    }
    .progress-text {
      font-weight: 600;
    }
    .choices {
      min-inline-size: 0;
    }
    .choice {
      align-items: center;
    }
    .detail {
      font-size: 0.9em;
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .nav .next {
      margin-inline-start: auto;
    }
    .button {
      gap: 0.5rem;
    }
    [dir="rtl"] .arrow {
      display: inline-block;
      transform: scaleX(-1);
    }
    select {
      inline-size: 100%;
      min-block-size: 2.75rem;
      padding-inline: 0.5rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
      background: var(--hearth-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
  `,
];
