import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ApiError } from "../shared/api-client.js";
import type { ErrorMessage } from "../shared/error-message.js";
import { errorMessageKey } from "../shared/error-message.js";
import { errorRegion, statusRegion } from "../shared/live-regions.js";
import type { LocalizeController } from "../shared/localize.js";

/** What the live regions announce: the sign-up, a change, or what went wrong. */
export interface Announcements {
  /** The signed-up screen, once someone signed up. */
  result: unknown;
  announcement: string;
  formError: ErrorMessage | undefined;
}

/** While the shifts or the volunteer's schedule load. */
export function renderLoading(localize: LocalizeController) {
  return html`<p part="status" role="status">${localize.t("loading")}</p>`;
}

/** A failed load: a bad manage link says so, anything else offers to try again. */
export function renderLoadError(
  localize: LocalizeController,
  error: unknown,
  managing: boolean,
  retry: () => unknown,
) {
  const badLink = error instanceof ApiError && (error.status === 401 || error.status === 404);
  return html`<div part="error" class="error-box" role="alert">
    <p>${localize.t(badLink && managing ? "badLink" : errorMessageKey(error))}</p>
    ${
      badLink
        ? nothing
        : html`<button type="button" part="button" class="button" @click=${retry}>
            ${localize.t("retry")}
          </button>`
    }
  </div>`;
}

/**
 * The status and alert live regions (`live-regions.ts`): the sign-up's result or an
 * announcement, and the form's error.
 */
export function renderRegions(localize: LocalizeController, says: Announcements) {
  const status = [
    says.result,
    says.announcement ? html`<p class="outcome" tabindex="-1">${says.announcement}</p>` : nothing,
  ];
  return html`${statusRegion(status)} ${errorRegion(localize, says.formError)}`;
}
