import { css } from "lit";
import { baseStyles } from "../shared/base.styles.js";

/** The manage page's first render; the change step brings its form's styles (booking-change.styles.ts). */
export const bookingStyles = [
  baseStyles,
  css`
    .offer {
      display: grid;
      gap: 0.75rem;
      border: 2px solid var(--hearth-color-primary, #0b57d0);
    }
    .offer-until {
      font-weight: 600;
    }
    .card {
      display: grid;
      gap: 0.5rem;
    }
    .event-title {
      font-size: 1.2rem;
      font-weight: 600;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .state.confirmed {
      color: var(--hearth-color-success, #146c2e);
      font-weight: 600;
    }
    .state.offered {
      font-weight: 600;
    }
    .state.cancelled {
      color: var(--hearth-color-danger, #b3261e);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .confirm {
      display: grid;
      gap: 0.75rem;
    }
    .error-box {
      color: var(--hearth-color-danger, #b3261e);
      font-weight: 600;
    }
    .status {
      font-weight: 600;
    }
    @container (max-width: 22rem) {
      .facts {
        grid-template-columns: 1fr;
      }
    }
  `,
];
