import { dateFormat } from "../../i18n/format.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { alertRegion } from "../shared/live-regions.js";
import type { ApplicationView } from "../../schema/contracts/festivals.js";
import { ApiError } from "../shared/api-client.js";
import { errorMessageKey } from "../shared/error-message.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderIntro, renderProgress } from "./cook-progress.js";
import type { Screen, StepId } from "../../schema/rules/cook-steps.js";

/** Where the application stands on the page, and the parts of it the element renders itself. */
export interface ApplicationPage {
  view: ApplicationView | undefined;
  screen: Screen;
  alert: string | undefined;
  notice: string | undefined;
  /** Opened from the manage link. */
  managing: boolean;
  /** The application exists on the server (from the manage link or the first save). */
  saved: boolean;
  stepScreen(screen: StepId): unknown;
  reviewScreen(editable: boolean): unknown;
  /** Where the application stands, once it is sent or can no longer change. */
  status(view: ApplicationView): unknown;
  personalData(): unknown;
}

/** Why the application or its festival could not be loaded. */
export function renderLoadFailure(localize: LocalizeController, error: unknown, managing: boolean) {
  return html`<div part="error" class="error-box" role="alert">
    <p>${localize.t(loadErrorKey(error, managing))}</p>
  </div>`;
}

function loadErrorKey(error: unknown, managing: boolean) {
  if (!(error instanceof ApiError) || ![401, 404].includes(error.status)) {
    return errorMessageKey(error);
  }
  return managing ? "badLink" : "errorNotFound";
}

/** Once the application exists: on the manage page always, while applying on the last screen. */
function showsPersonalData(page: ApplicationPage, editable: boolean): boolean {
  return page.saved && (page.managing || page.screen === "review" || !editable);
}

function day(localize: LocalizeController, iso: string): string {
  return dateFormat(localize.locale, { dateStyle: "long" }).format(new Date(iso));
}

/**
 * The whole application page: the intro with its deadline, where the application stands, the
 * progress, the alert, the current screen and the cook's data; or only a word once it is erased.
 */
export function renderApplicationPage(localize: LocalizeController, page: ApplicationPage) {
  const { view, screen } = page;
  if (view?.erased) {
    return html`<div part="status" class="status" role="status">
      <p class="outcome" tabindex="-1">${localize.t("erased")}</p>
    </div>`;
  }
  const editable = view?.editable ?? true;
  const deadline = view?.festival.deadline;
  return html`${renderIntro(
    localize,
    view?.festival,
    deadline && editable && view?.status === "draft" ? day(localize, deadline) : undefined,
  )}
  ${view && (view.status !== "draft" || !editable) ? page.status(view) : nothing}
  ${renderProgress(localize, screen, view, page.notice)}
  ${alertRegion(page.alert ? html`<p>${page.alert}</p>` : nothing)}
  ${screen === "review" || !editable ? page.reviewScreen(editable) : page.stepScreen(screen)}
  ${showsPersonalData(page, editable) ? page.personalData() : nothing}`;
}
