import { css } from "lit";
import { signupStyles } from "../signup/signup.styles.js";

export const visitFormStyles = [
  ...signupStyles,
  css`
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
    .group {
      display: grid;
      gap: 0.5rem;
      min-inline-size: 0;
      margin: 0;
      padding: 0.75rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
    .language-choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
      gap: 0.25rem 1rem;
    }
    .language-choices .choice {
      align-items: center;
    }
  `,
];
