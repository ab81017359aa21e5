import { css } from "lit";
import { baseStyles } from "../../shared/base.styles.js";

/** The public widgets' tokens and buttons, plus what dashboard screens share: fields, tables, badges. */
export const adminStyles = [
  baseStyles,
  css`
    /*
     * One column that never grows past the screen: without minmax(0, …) a wide table or a long
     * word widens the column, and the whole page scrolls sideways on a phone.
     */
    .base {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Each view's h1 names it (and the page's title); sections are h2, their parts h3. */
    h1 {
      margin: 0;
      font-size: 1.5rem;
    }
    h2 {
      font-size: 1.15rem;
    }
    h3 {
      margin: 0;
      font-size: 1rem;
    }
    dialog h2 {
      font-size: 1.5rem;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .toolbar .grow {
      flex: 1 1 auto;
    }
    form,
    .form {
      display: grid;
      /* One column no wider than the form: a wide table inside scrolls in its own region. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--hearth-space, 1rem);
    }
    .field {
      display: grid;
      align-content: start;
      gap: 0.25rem;
      min-inline-size: 0;
    }
    /* 17rem holds a date and time ("05/10/2030, 09:00 AM") without clipping it. */
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: var(--hearth-space, 1rem);
    }
    label,
    legend {
      font-weight: 600;
    }
    fieldset {
      display: grid;
      gap: 0.75rem;
      min-inline-size: 0;
      margin: 0;
      padding: 0.75rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
    }
    fieldset.plain {
      padding: 0;
      border: 0;
    }
    /* One text in several languages: a column each, wrapping on narrow screens. */
    .side-by-side {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0.75rem var(--hearth-space, 1rem);
    }
    .hint {
      font-size: 0.95em;
    }
    input:not([type="checkbox"], [type="radio"], [type="color"]),
    select,
    textarea {
      inline-size: 100%;
      /* A date-time input is wider than a phone's column; it shrinks instead of pushing the page. */
      min-inline-size: 0;
      min-block-size: 2.75rem;
      padding-block: 0.5rem;
      padding-inline: 0.75rem;
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
      background: var(--hearth-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
    input:disabled,
    select:disabled,
    textarea:disabled {
      background: #f3f4f6;
    }
    input[type="checkbox"] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--hearth-color-primary, #0b57d0);
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: 2.75rem;
      font-weight: 400;
    }
    [aria-invalid="true"] {
      border-color: var(--hearth-color-danger, #b3261e) !important;
      border-width: 2px !important;
    }
    .error {
      font-weight: 600;
    }
    .alert {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      padding: var(--hearth-space, 1rem);
      border-inline-start: 4px solid var(--hearth-color-danger, #b3261e);
      background: #fdf0ef;
    }
    .alert ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .notice {
      display: grid;
      justify-items: start;
      gap: 0.5rem;
      padding: var(--hearth-space, 1rem);
      border-inline-start: 4px solid var(--hearth-color-success, #146c2e);
      background: #eef7f0;
    }
    /* Live regions stay in the page (hidden ones are not announced reliably); empty ones take no room. */
    .live:empty {
      display: none;
    }
    /*
     * One line where it fits; a long badge ("Missing translations: …") wraps at 320 px between
     * words. Never inside one: a table sizes its columns by their narrowest content, and with
     * "anywhere" the roster's "Підтверджено" became three lines of four letters.
     */
    .badge {
      display: inline-block;
      max-inline-size: 100%;
      overflow-wrap: break-word;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      /* Round ends on one line (about 1.6rem high), soft corners when it wraps. */
      border-radius: 0.8rem;
      font-size: 0.875rem;
      font-weight: 600;
    }
    .badge.draft {
      color: #5b4a00;
      background: #fff6d6;
    }
    .badge.published,
    .badge.confirmed {
      color: var(--hearth-color-success, #146c2e);
      background: #eef7f0;
    }
    .badge.cancelled {
      color: var(--hearth-color-danger, #b3261e);
      background: #fdf0ef;
    }
    .badge.waitlisted,
    .badge.missing {
      color: #7a4100;
      background: #fff1e0;
    }
    .button.small {
      min-block-size: 2.25rem;
      padding-inline: 0.75rem;
      font-size: 0.95rem;
    }
    .button.link {
      border-color: transparent;
      background: transparent;
      color: var(--hearth-color-link, var(--hearth-color-primary, #0b57d0));
      text-decoration: underline;
    }
    /*
     * A wide table scrolls inside its own region (role="region", a name and tabindex="0", so a
     * keyboard can scroll it too), never the page. Positioned, so the visually hidden words in
     * its cells are clipped with it instead of widening the page.
     */
    .table-wrap {
      position: relative;
      max-inline-size: 100%;
      overflow-x: auto;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding-block: 0.5rem;
      padding-inline: 0.5rem;
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
      text-align: start;
      vertical-align: top;
    }
    th {
      font-weight: 600;
    }
    dialog {
      inline-size: min(36rem, calc(100vw - 2rem));
      padding: var(--hearth-space, 1rem);
      border: 1px solid var(--hearth-color-border, #8a8f96);
      border-radius: var(--hearth-radius, 0.5rem);
      color: inherit;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    /* On a phone, boxes inside boxes give their room to the fields (a date and time still fits). */
    @media (max-width: 30rem) {
      fieldset {
        padding: 0.5rem;
      }
      .panel {
        padding: 0.75rem;
      }
      input[type="datetime-local"] {
        padding-inline: 0.5rem;
      }
    }
  `,
];
