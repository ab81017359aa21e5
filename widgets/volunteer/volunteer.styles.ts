import { css } from "lit";
import { visitFormStyles } from "../visits/visit-form.styles.js";

/** The shift form's styles; the parts loaded later bring theirs (volunteer-later.styles.ts). */
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
    .shift-list {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .need.full {
      font-weight: 600;
    }
    .chosen:empty {
      display: none;
    }
  `,
];
