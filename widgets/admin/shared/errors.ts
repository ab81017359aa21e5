import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { ApiError } from "../../shared/api-client.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { AdminLocalizeController } from "./admin-localize.js";

const keys: Partial<Record<string, AdminMessageKey>> = {
  network: "errorNetwork",
  not_found: "errorNotFound",
  forbidden: "errorForbidden",
  slot_full: "errorSlotFull",
  last_owner: "errorLastOwner",
  invitation_invalid: "errorInvitation",
  validation_failed: "errorValidation",
  version_conflict: "errorConflict",
  party_too_large: "errorPartyTooLarge",
  already_cancelled: "errorAlreadyCancelled",
};

/** The plain-words message for a failed request; the API's own text is English-only. */
export function errorText(error: unknown, localize: AdminLocalizeController): string {
  const key = error instanceof ApiError ? keys[error.code] : undefined;
  return localize.t(key ?? "errorGeneric");
}

export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && error.code === "validation_failed" ? error.fields : {};
}

/** A failed load, with a way to try again. */
export function renderLoadError(
  error: unknown,
  localize: AdminLocalizeController,
  retry: () => void,
) {
  return html`<div class="alert" role="alert">
    <p>${errorText(error, localize)}</p>
    <button type="button" class="button" @click=${retry}>${localize.t("retry")}</button>
  </div>`;
}

export function renderLoading(localize: AdminLocalizeController) {
  return html`<p role="status">${localize.t("loading")}</p>`;
}

/**
 * "Someone else saved this": their edits stay on screen; reloading is their choice.
 * The focusable heading lets the view move focus here when the conflict happens.
 */
export function renderConflict(
  localize: AdminLocalizeController,
  conflict: boolean,
  reload: () => void,
) {
  if (!conflict) return nothing;
  return html`<div class="alert conflict" tabindex="-1">
    <p>${localize.t("conflictText")}</p>
    <button type="button" class="button secondary" @click=${reload}>
      ${localize.t("conflictReload")}
    </button>
  </div>`;
}
