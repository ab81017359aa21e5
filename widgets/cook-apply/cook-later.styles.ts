import { css } from "lit";

/** The steps after the first, the review screen and where the application stands. */
export const cookLaterStyles = css`
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
  .none {
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--hearth-color-border, #8a8f96);
    font-weight: 600;
  }
  .price {
    display: grid;
    gap: 0.5rem;
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
  /*
   * The worker's drawing of the steps, before this code: the hygiene step's date shows once
   * "done" is chosen, a dish's price goes once it is free, by the styles alone.
   */
  .group:not(:has(#hygiene-done:checked)) + .expires,
  .price:has(input[id$="-free"]:checked) > .field:has(input[inputmode="decimal"]) {
    display: none;
  }
`;
