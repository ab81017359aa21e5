import { css } from "lit";
import { eventsStyles } from "../events/events.styles.js";

export const visitsStyles = [
  ...eventsStyles,
  css`
    h4 {
      margin: 0;
    }
    .region-filter {
      display: grid;
      gap: 0.25rem;
      max-inline-size: 24rem;
    }
    .show-day summary {
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      font-weight: 600;
      color: var(--hearth-color-link, var(--hearth-color-primary, #0b57d0));
      cursor: pointer;
    }
    .day {
      display: grid;
      gap: 0.5rem;
    }
    .itinerary,
    .pickups {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .stop {
      display: grid;
      grid-template-columns: 4rem 1fr;
      gap: 0.5rem;
    }
    .stop-time {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .stop-place {
      font-weight: 600;
    }
    .take-part {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
    .choice-card {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .choice-card > div {
      justify-self: stretch;
    }
    .count:empty {
      display: none;
    }
  `,
];
