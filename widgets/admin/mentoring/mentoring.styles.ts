import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";
import { cardListStyles } from "../shared/card-list.styles.js";
import { sensitiveBadgeStyles } from "../roster/roster.styles.js";

/** The Language Friends pages' shared look: sections, cards of seasons, pairs and people. */
export const mentoringStyles = [
  adminStyles,
  sensitiveBadgeStyles,
  cardListStyles,
  css`
    .reasons {
      display: grid;
      gap: 0.125rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .state {
      font-weight: 600;
    }
    .badge.locked {
      color: #3b2a7a;
      background: #f0edfb;
    }
    .badge.ended {
      color: #4a4f55;
      background: #f3f4f6;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .counts div {
      display: grid;
    }
    .counts dt {
      font-size: 0.95em;
    }
    .counts dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 600;
    }
    .tables {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: var(--hearth-space, 1rem);
    }
    caption {
      padding-block-end: 0.25rem;
      font-weight: 600;
      text-align: start;
    }
    td.number,
    th.number {
      text-align: end;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem;
    }
    .row .field {
      flex: 1 1 12rem;
    }
    .person-answers .answers {
      display: grid;
      gap: 0.25rem;
      margin: 0.5rem 0 0;
    }
    .person-answers dd {
      margin: 0 0 0.25rem;
    }
    .swap summary {
      cursor: pointer;
      min-block-size: 1.5rem;
    }
    .swap form {
      margin-block-start: 0.5rem;
    }
  `,
];
