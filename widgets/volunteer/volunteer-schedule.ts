import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { ScheduleShift, VolunteerView } from "../../schema/contracts/volunteers.js";
import type { LocalizeController } from "../shared/localize.js";
import { upcoming } from "./shifts.js";
import { renderFeed } from "./volunteer-feed.js";
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

/** The manage page's parts that the element renders itself, and what the schedule's buttons do. */
export interface ManagePage {
  /** The live regions, first on the page. */
  regions: unknown;
  schedule: ScheduleHandlers;
  /** The feed's address is on the clipboard. */
  copied: () => void;
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
  ${renderFeed(volunteer.calendarUrl, localize, page.copied)}
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
