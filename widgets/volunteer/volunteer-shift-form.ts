import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type {
  PublicShift,
  ScheduleShift,
  ShiftsResponse,
  VolunteerView,
} from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import { acceptsSignUpsHere, renderSignUpElsewhere } from "../shared/signup-sites.js";
import { clashingIds, requirementsOf, upcoming } from "./shifts.js";
import type { VolunteerErrors } from "./volunteer-form.js";
import { renderAboutYou } from "./volunteer-form.js";
import { renderShiftPicker } from "./volunteer-shifts.js";

/** What the shift form shows, and where its events go. */
export interface ShiftForm {
  /** On the volunteer's own page: shifts are added to their schedule, no "about you". */
  managing: boolean;
  chosen: ReadonlySet<string>;
  /** The volunteer's schedule (manage page). */
  mine: VolunteerView | undefined;
  errors: VolunteerErrors;
  shiftErrors: Readonly<Record<string, string>>;
  listError: MessageKey | undefined;
  /** Being sent, or waiting for the code that sends it. */
  sending: boolean;
  pick(event: Event): void;
  submit(event: SubmitEvent): unknown;
  /** Someone started answering. */
  focus(): void;
}

/**
 * The form to pick shifts: the shifts, "about you" (only to sign up, asking what the chosen roles
 * need) and the button that sends them; or, on a website the organisation did not allow, where to
 * sign up instead.
 */
export function renderShiftForm(
  localize: LocalizeController,
  data: ShiftsResponse,
  form: ShiftForm,
) {
  const { managing, sending } = form;
  if (!managing && !acceptsSignUpsHere(data)) {
    return renderSignUpElsewhere(localize, data);
  }
  const chosen = data.shifts.filter((shift) => form.chosen.has(shift.id));
  const booked = form.mine ? upcoming(form.mine.shifts) : [];
  const { needs } = requirementsOf(chosen, data.roles);
  return html`<form
    part="form"
    class="form"
    novalidate
    aria-busy=${sending ? "true" : "false"}
    @submit=${(e: SubmitEvent) => form.submit(e)}
    @focusin=${form.focus}
  >
    <div @change=${form.pick}>
      ${renderShiftPicker(
        data,
        {
          chosen: form.chosen,
          mine: new Set(booked.map((shift) => shift.shiftId)),
          clashing: clashingIds(chosen, booked, data.graceMinutes),
          shiftErrors: form.shiftErrors,
          error: form.listError,
        },
        localize,
        "volunteerPick",
      )}
    </div>
    ${managing ? nothing : renderAboutYou(localize, form.errors, needs, data.retentionDays)}
    <button part="button" class="button submit" type="submit" ?disabled=${sending}>
      ${localize.t(sending ? "submitting" : managing ? "volunteerAdd" : "volunteerSubmit")}
    </button>
  </form>`;
}

/** What is wrong with the chosen shifts as a whole: none chosen, or two at the same time. */
export function choiceError(
  chosen: readonly PublicShift[],
  booked: readonly ScheduleShift[],
  graceMinutes: number,
): MessageKey | undefined {
  return chosen.length === 0
    ? "volunteerErrorNone"
    : clashingIds(chosen, booked, graceMinutes).size > 0
      ? "volunteerErrorClash"
      : undefined;
}
