import { css } from "lit";

/** A network's catalogue adds these to the list's styles when it loads (see `adoptLater`). */
export const networkStyles = [
  css`
    .card {
      position: relative;
    }
    /* The organiser's colour: decoration beside the name, so no text stands on it. */
    .organiser-edge {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 0.375rem;
      block-size: 100%;
      border-start-start-radius: var(--hearth-radius, 0.5rem);
      border-end-start-radius: var(--hearth-radius, 0.5rem);
    }
    .organiser {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      color: var(--hearth-color-muted, #4a4f55);
    }
    .featured {
      padding-inline: 0.375rem;
      border: 1px solid currentColor;
      border-radius: var(--hearth-radius, 0.5rem);
      color: var(--hearth-color-text, #1f2328);
      font-weight: 600;
    }
    .count {
      font-weight: 600;
    }
    /* The date filter's own fields look like the selects beside them. */
    input[type="date"] {
      min-block-size: 2.75rem;
      min-inline-size: 0;
      padding-inline: 0.5rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
      background: var(--hearth-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
    input[aria-invalid="true"] {
      border-color: var(--hearth-color-danger, #b3261e);
    }
    /* On a line of its own, under the two dates it is about. */
    .dates-error {
      flex-basis: 100%;
      margin: 0;
    }
  `,
];
