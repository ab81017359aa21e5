import { css } from "lit";
import { adminStyles } from "../shared/admin.styles.js";

export const appStyles = [
  adminStyles,
  css`
    .base {
      gap: 0;
      align-content: start;
      min-block-size: 100vh;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.5rem var(--hearth-space, 1rem);
      padding: var(--hearth-space, 1rem);
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
      background: var(--hearth-color-surface, #ffffff);
    }
    .brand {
      margin-inline-end: auto;
      font-size: 1.25rem;
      font-weight: 700;
    }
    .switch {
      display: grid;
      gap: 0.125rem;
    }
    .switch select {
      min-block-size: 2.5rem;
      padding-block: 0.25rem;
    }
    .user,
    .org-name {
      align-self: center;
      font-weight: 600;
    }
    .nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0;
      padding-block: 0.5rem;
      padding-inline: var(--hearth-space, 1rem);
      list-style: none;
      border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
    }
    .nav a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      padding-inline: 0.75rem;
      border-radius: var(--hearth-radius, 0.5rem);
      font-weight: 600;
    }
    .nav a[aria-current="page"] {
      background: var(--hearth-color-primary, #0b57d0);
      color: var(--hearth-color-on-primary, #ffffff);
    }
    .nav-toggle {
      display: none;
    }
    /* A phone: the views fold behind the "Menu" button (about 200 px of screen saved). */
    @media (max-width: 40rem) {
      .nav {
        border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
      }
      .nav-toggle {
        display: inline-flex;
        margin-block: 0.5rem;
        margin-inline: 0.75rem;
      }
      .nav ul {
        border-block-end: 0;
        padding-block-start: 0;
      }
      .nav ul:not(.open) {
        display: none;
      }
    }
    .main {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--hearth-space, 1rem);
      align-content: start;
      padding: var(--hearth-space, 1rem);
      max-inline-size: 80rem;
      inline-size: 100%;
      margin-inline: auto;
    }
    .main:focus {
      outline: none;
    }
    @media (max-width: 30rem) {
      .header,
      .main {
        padding: 0.75rem;
      }
    }
    .live.notice {
      margin: var(--hearth-space, 1rem);
    }
    @media print {
      .header,
      .nav,
      .live,
      dialog {
        display: none !important;
      }
      .main {
        padding: 0;
      }
    }
  `,
];
