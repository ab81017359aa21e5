import { css } from "lit";
import { signupStyles } from "../signup/signup.styles.js";

/**
 * The first step's styles; the later steps and the review bring theirs (cook-later.styles.ts).
 * The worker's first screens, which draw every step, show with both (`first-screen-styles.ts`).
 */
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
    .choice {
      align-items: center;
    }
    .choice .icon {
      flex: none;
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
  `,
];
