import { css } from "lit";
import { visitFormStyles } from "../visits/visit-form.styles.js";

export const volunteerStyles = [
  ...visitFormStyles,
  css`
    h4 {
      margin: 0;
    }
    .shifts,
    .day,
    .role {
      display: grid;
      gap: 0.5rem;
      min-inline-size: 0;
    }
    .shift-list,
    .mine {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .need.full {
      font-weight: 600;
    }
    .mine-shift {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
      padding-block: 0.75rem;
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
    }
    .schedule,
    .feed,
    .result,
    .confirm {
      display: grid;
      gap: 0.5rem;
    }
    .feed-url {
      overflow-wrap: anywhere;
      text-align: start;
    }
    .links,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .error-box:empty,
    .status:empty,
    .chosen:empty {
      display: none;
    }
  `,
];
