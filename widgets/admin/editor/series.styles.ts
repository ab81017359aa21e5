import { css } from "lit";

/** The repeat panel, the scope question and a series' dates: on top of the editor's styles. */
export const seriesStyles = css`
  .radio-group input[type="radio"] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--hearth-color-primary, #0b57d0);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  /* Seven days in as many columns as fit: one on a phone, a row on a laptop. */
  .weekdays {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
    gap: 0 1rem;
  }
  .skip-date {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .skip-date .field {
    flex: 1 1 12rem;
  }
  .add-skip {
    justify-self: start;
  }
  .preview {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--hearth-color-primary, #0b57d0);
    background: #f0f4fb;
  }
  summary {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    cursor: pointer;
    font-weight: 600;
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .series-dates {
    display: grid;
    gap: 0.5rem;
  }
  .series-dates li {
    overflow-wrap: anywhere;
  }
  .series-dates li > * {
    margin-inline-end: 0.5rem;
  }
  .series-dates a {
    display: inline-block;
    min-block-size: 1.5rem;
  }
  .series-dates .current a,
  .this-date {
    font-weight: 600;
  }
`;
