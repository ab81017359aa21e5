import { css } from "lit";

/** The section's layout; the buttons and panel come from the base styles. */
export const personalDataStyles = css`
  .my-data,
  .my-data .confirm {
    display: grid;
    gap: 0.5rem;
  }
  .my-data h2,
  .my-data h3,
  .my-data p {
    margin: 0;
  }
  .my-data .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
