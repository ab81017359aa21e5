import { css } from "lit";

/**
 * Global design tokens with accessible defaults (text and controls ≥ 4.5:1 on the surface).
 * Host pages override them with `--hearth-*` custom properties.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--hearth-color-text, #1f2328);
    font-family: var(--hearth-font-family, system-ui, sans-serif);
    font-size: var(--hearth-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: var(--hearth-space, 1rem);
    min-inline-size: 0;
  }
  /* Live regions stay in the page while empty (hidden ones are not announced reliably), out of
     the flow so they take no room and no gap. */
  .status:empty,
  .error-box:empty {
    position: absolute;
    padding: 0;
    border: 0;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  a {
    color: var(--hearth-color-link, var(--hearth-color-primary, #0b57d0));
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--hearth-color-primary, #0b57d0);
    border-radius: var(--hearth-radius, 0.5rem);
    background: var(--hearth-color-primary, #0b57d0);
    color: var(--hearth-color-on-primary, #ffffff);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--hearth-color-primary, #0b57d0);
  }
  .button.danger {
    border-color: var(--hearth-color-danger, #b3261e);
    background: var(--hearth-color-danger, #b3261e);
    color: #ffffff;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--hearth-color-focus, #1a1a1a);
    outline-offset: 2px;
  }
  .muted {
    color: var(--hearth-color-muted, #4a4f55);
  }
  .error {
    color: var(--hearth-color-danger, #b3261e);
  }
  .panel {
    padding: var(--hearth-space, 1rem);
    border: 1px solid var(--hearth-color-border, #8a8f96);
    border-radius: var(--hearth-radius, 0.5rem);
    background: var(--hearth-color-surface, #ffffff);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
