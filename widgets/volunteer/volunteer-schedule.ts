import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { ScheduleShift, VolunteerView } from "../../schema/contracts/volunteers.js";
import type { LocalizeController } from "../shared/localize.js";
import { upcoming } from "./shifts.js";
import { dayLabel, timeLabel } from "./volunteer-shifts.js";

export interface ScheduleHandlers {
  /** The registration waiting for a "yes, cancel", if any. */
  confirming: string | undefined;
  busy: boolean;
  ask(registrationId: string): void;
  cancel(registrationId: string): void;
  keep(): void;
}

const describe = (shift: ScheduleShift, localize: LocalizeController) =>
  `${shift.roleName}, ${dayLabel(shift, localize)}, ${timeLabel(shift, localize)}`;

function renderConfirm(shift: ScheduleShift, localize: LocalizeController, on: ScheduleHandlers) {
  return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
    <p id="confirm-text" class="confirm-text" tabindex="-1">
      ${localize.t("volunteerCancelConfirm", { shift: describe(shift, localize) })}
    </p>
    <div class="actions">
      <button
        type="button"
        part="button"
        class="button danger"
        ?disabled=${on.busy}
        @click=${() => on.cancel(shift.registrationId)}
      >
        ${localize.t(on.busy ? "loading" : "cancelYes")}
      </button>
      <button
        type="button"
        part="button"
        class="button secondary"
        ?disabled=${on.busy}
        @click=${() => on.keep()}
      >
        ${localize.t("keep")}
      </button>
    </div>
  </div>`;
}

/** The volunteer's upcoming shifts, each with a cancel button behind a confirm step. */
export function renderSchedule(
  volunteer: VolunteerView,
  localize: LocalizeController,
  on: ScheduleHandlers,
) {
  const shifts = upcoming(volunteer.shifts);
  return html`<section part="schedule" class="schedule panel" aria-labelledby="schedule-title">
    <h2 id="schedule-title">${localize.t("volunteerSchedule")}</h2>
    ${
      shifts.length === 0
        ? html`<p>${localize.t("volunteerScheduleEmpty")}</p>`
        : html`<ul class="mine">
            ${shifts.map(
              (shift) =>
                html`<li class="mine-shift">
                  <p class="choice-label">${shift.roleName}</p>
                  <p>${shift.eventTitle}</p>
                  <p>${dayLabel(shift, localize)}, ${timeLabel(shift, localize)}</p>
                  ${
                    on.confirming === shift.registrationId
                      ? renderConfirm(shift, localize, on)
                      : html`<button
                          type="button"
                          part="button"
                          class="button danger"
                          aria-label=${`${localize.t("volunteerCancel")}: ${describe(shift, localize)}`}
                          @click=${() => on.ask(shift.registrationId)}
                        >
                          ${localize.t("volunteerCancel")}
                        </button>`
                  }
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The private calendar feed: the URL to copy, a link to subscribe, and why to keep it private. */
export function renderFeed(url: string, localize: LocalizeController, onCopy: () => void) {
  const webcal = url.replace(/^https?:/, "webcal:");
  return html`<section part="feed" class="feed" aria-labelledby="feed-title">
    <h3 id="feed-title">${localize.t("volunteerFeed")}</h3>
    <p id="feed-hint" class="hint muted">${localize.t("volunteerFeedHint")}</p>
    <label class="visually-hidden" for="feed-url">${localize.t("volunteerFeed")}</label>
    <input
      part="input"
      id="feed-url"
      class="feed-url"
      readonly
      dir="ltr"
      .value=${url}
      aria-describedby="feed-hint"
      @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
    />
    <p class="links">
      <button type="button" part="button" class="button secondary copy" @click=${onCopy}>
        ${localize.t("volunteerCopy")}
      </button>
      <a part="button" class="button secondary" href=${webcal}>${localize.t("volunteerFeedAdd")}</a>
    </p>
  </section>`;
}

/** Right after signing up: how many shifts, the manage link to keep, and the calendar feed. */
export function renderSignedUp(
  { volunteer, manageUrl }: { volunteer: VolunteerView; manageUrl: string },
  localize: LocalizeController,
  onCopy: () => void,
) {
  return html`<section class="result panel" aria-labelledby="result-title">
    <h2 id="result-title" class="outcome" tabindex="-1">
      ${localize.plural("volunteerSignedUp", upcoming(volunteer.shifts).length)}
    </h2>
    <p>${localize.t("volunteerKeepLink")}</p>
    <p class="links">
      <a part="button" class="button" href=${manageUrl}>${localize.t("volunteerManageLink")}</a>
    </p>
    ${renderFeed(volunteer.calendarUrl, localize, onCopy)}
  </section>`;
}

/** The manage page's parts that the element renders itself, and what the schedule's buttons do. */
export interface ManagePage {
  /** The live regions, first on the page. */
  regions: unknown;
  schedule: ScheduleHandlers;
  copyFeed: () => void;
  /** The shifts to add, when the page knows the organisation. */
  addMore: (() => unknown) | undefined;
  personalData: () => unknown;
}

/**
 * The volunteer's own page: their schedule, the calendar feed, more shifts to add, and their data.
 */
export function renderManagePage(
  volunteer: VolunteerView,
  localize: LocalizeController,
  page: ManagePage,
) {
  return html`${page.regions} ${renderSchedule(volunteer, localize, page.schedule)}
  ${renderFeed(volunteer.calendarUrl, localize, page.copyFeed)}
  ${
    page.addMore
      ? html`<section class="add-more" aria-labelledby="add-title">
          <h2 id="add-title">${localize.t("volunteerAddMore")}</h2>
          ${page.addMore()}
        </section>`
      : nothing
  }
  ${page.personalData()}`;
}

/**
 * Copies the feed's address. Without clipboard access (an insecure page, a denied permission) the
 * field gets focus, its text selected, for the person to copy by hand; answers whether it copied.
 */
export async function copyFeedUrl(root: ParentNode): Promise<boolean> {
  const input = root.querySelector<HTMLInputElement>(".feed-url");
  try {
    await navigator.clipboard.writeText(input?.value ?? "");
    return true;
  } catch {
    input?.focus();
    return false;
  }
}
