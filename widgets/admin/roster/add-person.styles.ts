import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";
import { sensitiveBadgeStyles } from "./roster.styles.js";

export const addPersonStyles = [
  adminStyles,
  sensitiveBadgeStyles,
  css`
    .manage-url {
      overflow-wrap: anywhere;
    }
    .questions {
      display: grid;
      gap: var(--hearth-space, 1rem);
      max-inline-size: 40rem;
    }
    .questions h3 {
      margin: 0;
    }
    .questions input[type="radio"] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--hearth-color-primary, #0b57d0);
    }
  `,
];
