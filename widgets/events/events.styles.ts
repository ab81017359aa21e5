import { css } from "lit";
import { baseStyles } from "../shared/base.styles.js";

export const eventsStyles = [
  baseStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--hearth-space, 1rem);
    }
    /* A long option (a language's name in Somali) must not widen a filter past a 320 px screen. */
    .filter {
      display: grid;
      gap: 0.25rem;
      flex: 1 1 12rem;
      min-inline-size: 0;
    }
    label {
      font-weight: 600;
    }
    /* "Link copied" beside Share, clear of the button's focus ring. */
    .share-status {
      margin-inline-start: 0.5rem;
    }
    select {
      inline-size: 100%;
      min-inline-size: 0;
      min-block-size: 2.75rem;
      padding-inline: 0.5rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
      background: var(--hearth-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: var(--hearth-space, 1rem);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .card {
      display: grid;
      align-content: start;
      gap: 0.25rem;
    }
    .card-title {
      font-size: 1.15rem;
    }
    .title-button,
    .date-button {
      display: inline;
      min-block-size: 1.5rem;
      padding: 0;
      border: 0;
      background: none;
      color: var(--hearth-color-link, var(--hearth-color-primary, #0b57d0));
      font: inherit;
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }
    .availability {
      font-weight: 600;
    }
    /* A series' dates: links to each date's details, wrapping at any width. */
    .series {
      display: grid;
      gap: 0.25rem;
    }
    .series-label {
      font-weight: 600;
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .date-button {
      display: inline-block;
    }
    .availability.open {
      color: var(--hearth-color-success, #146c2e);
    }
    .availability.waitlist {
      color: var(--hearth-color-warning, #8a4b00);
    }
    .availability.closed {
      color: var(--hearth-color-danger, #b3261e);
    }
    .error-box {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      color: var(--hearth-color-danger, #b3261e);
    }
    .detail {
      display: grid;
      gap: var(--hearth-space, 1rem);
    }
    .back {
      justify-self: start;
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
    }
    .description {
      display: grid;
      gap: 0.75rem;
    }
    .more {
      justify-self: center;
    }
  `,
];
