import { css } from "lit";

/** The signed-up screen and the manage page's calendar feed. */
export const feedStyles = css`
  .feed,
  .result {
    display: grid;
    gap: 0.5rem;
  }
  .feed-url {
    overflow-wrap: anywhere;
    text-align: start;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;

/** The volunteer's own shifts on the manage page, each cancelled after a confirm step. */
export const scheduleStyles = css`
  .mine {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .mine-shift {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
  }
  .schedule,
  .confirm {
    display: grid;
    gap: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
