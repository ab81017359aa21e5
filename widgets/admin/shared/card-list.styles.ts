import { css } from "lit";

/**
 * A dashboard page made of sections holding lists of cards (the network's members and events,
 * Language Friend seasons, pairs and people): the list, each card, its heading that breaks
 * anywhere rather than widen a phone's page, and its line of facts.
 */
export const cardListStyles = css`
  section {
    display: grid;
    gap: 0.75rem;
  }
  h2,
  p {
    margin: 0;
  }
  .cards {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.5rem;
  }
  .card h3 {
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
  }
`;
