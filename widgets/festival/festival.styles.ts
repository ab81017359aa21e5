import { css } from "lit";
import { eventsStyles } from "../events/events.styles.js";

export const festivalStyles = [
  ...eventsStyles,
  css`
    h4 {
      margin: 0;
    }
    .details,
    .tickets,
    .stalls,
    .menu-section {
      display: grid;
      gap: 0.75rem;
    }
    .menu-filters {
      display: grid;
      gap: 0.75rem;
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
    legend {
      font-weight: 600;
    }
    .choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
      gap: 0.25rem 1rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    input[type="checkbox"] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--hearth-color-primary, #0b57d0);
    }
    .icon {
      font-size: 1.25em;
      line-height: 1;
    }
    .menu {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: var(--hearth-space, 1rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .dish {
      display: grid;
      align-content: start;
      gap: 0.5rem;
    }
    .dish-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .price {
      font-weight: 600;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tag {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding-inline: 0.5rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: 1rem;
    }
    .allergens {
      display: grid;
      gap: 0.25rem;
    }
    .allergens-label,
    .cook-name {
      font-weight: 600;
    }
    .story {
      white-space: pre-line;
    }
    .stall-list {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .stall-name {
      font-weight: 600;
    }
    .plan {
      display: grid;
      grid-auto-columns: minmax(4rem, 1fr);
      grid-auto-rows: minmax(3rem, auto);
      gap: 0.25rem;
      overflow-x: auto;
    }
    .plan-stall {
      display: grid;
      place-items: center;
      padding: 0.25rem;
      border: 2px solid var(--hearth-color-primary, #0b57d0);
      border-radius: var(--hearth-radius, 0.5rem);
      font-size: 0.9em;
      text-align: center;
    }
    .count:empty {
      display: none;
    }
    .error-box {
      color: var(--hearth-color-danger, #b3261e);
      font-weight: 600;
    }
  `,
];
