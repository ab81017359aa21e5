import { nothing } from "lit";
import type { ErrorMessage } from "./error-message.js";
import { errorText } from "./error-message.js";
import { html } from "./fallback-text.js";
import type { LocalizeController } from "./localize.js";

/*
 * A widget's live regions stay in the page from its first render (one that appears with its words
 * is not announced reliably). Nothing but the content goes inside them — no whitespace — so an
 * empty one matches `:empty` and takes no room (`base.styles.ts`).
 */

/** What happened (`role="status"`): `content` is the outcome's paragraph, or `nothing`. */
export const statusRegion = (content: unknown) =>
  html`<div part="status" class="status" role="status">${content}</div>`;

/** What went wrong (`role="alert"`): `content` is the error's paragraph, or `nothing`. */
export const alertRegion = (content: unknown) =>
  html`<div part="error" class="error-box" role="alert">${content}</div>`;

/** `alertRegion` with a failed request's words in the reader's language, empty without one. */
export const errorRegion = (localize: LocalizeController, error: ErrorMessage | undefined) =>
  alertRegion(error ? html`<p>${errorText(localize, error)}</p>` : nothing);
