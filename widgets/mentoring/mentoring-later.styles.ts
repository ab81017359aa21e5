import { css } from "lit";

/** The later steps, the signed-up screen and the manage page. */
export const laterStyles = [
  css`
    .choices.columns {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    }
    .choices.columns > legend,
    .choices.columns > .hint,
    .choices.columns > .error {
      grid-column: 1 / -1;
    }
    .language-row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
      align-items: end;
      gap: 0.5rem;
      margin: 0;
      padding: 0.5rem 0 0;
      border: 0;
      border-block-start: 1px solid var(--hearth-color-border, #8a8f96);
    }
    .row-legend {
      float: inline-start;
      inline-size: 100%;
      font-weight: 600;
    }
    .add,
    .remove {
      justify-self: start;
    }
    .level-notice:empty {
      display: none;
    }
    .week-wrap {
      overflow-x: auto;
    }
    .week {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .week caption {
      padding-block-end: 0.5rem;
      font-weight: 600;
      text-align: start;
    }
    .week th,
    .week td {
      padding: 0;
      overflow-wrap: anywhere;
      hyphens: auto;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      text-align: center;
    }
    .week th[scope="row"] {
      padding-inline: 0.5rem;
      text-align: start;
      font-weight: 600;
    }
    .week th[scope="col"] {
      padding: 0.25rem;
      font-weight: 600;
    }
    .week thead td {
      border: 0;
    }
    .part-name,
    .hours {
      display: block;
    }
    .hours {
      font-weight: 400;
      font-size: 0.9em;
    }
    /* The whole cell is the target: 44 by 44 pixels at least. */
    .cell {
      display: flex;
      align-items: center;
      justify-content: center;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      cursor: pointer;
    }
    .cell:has(input:checked) {
      background: color-mix(in srgb, var(--hearth-color-primary, #0b57d0) 15%, transparent);
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hearth-space, 1rem);
    }
    .pair .field {
      flex: 1 1 6rem;
    }
    .short input {
      max-inline-size: 8rem;
    }
    .answers {
      display: grid;
      gap: 0.5rem;
      margin: 0;
    }
    .answer {
      display: grid;
      gap: 0.125rem;
    }
    .answer dt {
      font-weight: 600;
    }
    .answer dd {
      display: grid;
      margin: 0;
    }
    .kept,
    .result,
    .manage,
    .partners,
    .mine,
    .confirm {
      display: grid;
      gap: 0.5rem;
    }
    .partner-list {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .partner {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
    }
    .state {
      padding: 0.75rem;
      border-inline-start: 0.25rem solid var(--hearth-color-success, #146c2e);
      font-weight: 600;
    }
    .state.paused {
      border-inline-start-color: var(--hearth-color-warning, #8a4b00);
    }
    .state.withdrawn {
      border-inline-start-color: var(--hearth-color-muted, #4a4f55);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
];
