import { directionOf } from "../../i18n/languages.js";
import { dateFormat } from "../../i18n/format.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type {
  PublicRole,
  PublicShift,
  Requirement,
  ShiftsResponse,
} from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import { groupShifts } from "./shifts.js";

export interface PickerState {
  chosen: ReadonlySet<string>;
  /** Shifts already on the volunteer's schedule (manage page). */
  mine: ReadonlySet<string>;
  clashing: ReadonlySet<string>;
  /** Translated errors beside single shifts, from the server. */
  shiftErrors: Readonly<Record<string, string>>;
  /** An error for the whole list (none chosen, an overlap). */
  error: MessageKey | undefined;
}

const requirementText: Record<Exclude<Requirement, "min_age">, MessageKey> = {
  food_hygiene: "volunteerNeedFoodHygiene",
  driving_licence: "volunteerNeedDriving",
  introduction: "volunteerNeedIntroduction",
};

/** A role's requirements as plain sentences. */
export function requirementLines(role: PublicRole, localize: LocalizeController): string[] {
  return role.requirements.map((requirement) =>
    requirement === "min_age"
      ? localize.t("volunteerNeedAge", { age: localize.number(role.minimumAge ?? 18) })
      : localize.t(requirementText[requirement]),
  );
}

export function dayLabel(
  shift: Pick<PublicShift, "startsAt" | "timeZone">,
  localize: LocalizeController,
): string {
  return dateFormat(localize.locale, {
    timeZone: shift.timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(new Date(shift.startsAt));
}

/** The shift's hours in the event's time zone, naming the zone when the reader's differs. */
export function timeLabel(
  span: { startsAt: string; endsAt: string; timeZone: string },
  localize: LocalizeController,
): string {
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return dateFormat(localize.locale, {
    timeZone: span.timeZone,
    hour: "numeric",
    minute: "2-digit",
    ...(readerZone === span.timeZone ? {} : { timeZoneName: "short" }),
  }).formatRange(new Date(span.startsAt), new Date(span.endsAt));
}

function renderShift(shift: PublicShift, state: PickerState, localize: LocalizeController) {
  const full = shift.remaining <= 0;
  const mine = state.mine.has(shift.id);
  const problem =
    state.shiftErrors[shift.id] ??
    (state.clashing.has(shift.id) ? localize.t("volunteerClash") : undefined);
  const need = mine
    ? localize.t("volunteerYours")
    : full
      ? localize.t("full")
      : localize.t("volunteerTaken", {
          taken: localize.number(shift.taken),
          capacity: localize.number(shift.capacity),
        });
  const id = `shift-${shift.id}`;
  return html`<li class="shift">
    <label class="choice">
      <input
        part="input"
        type="checkbox"
        name="shiftIds"
        value=${shift.id}
        .checked=${state.chosen.has(shift.id)}
        ?disabled=${(full || mine) && !state.chosen.has(shift.id)}
        aria-describedby=${ifDefined(problem ? `${id}-error` : undefined)}
        aria-invalid=${problem ? "true" : "false"}
      />
      <span>
        <span class="choice-label">${timeLabel(shift, localize)}</span>
        ${
          shift.label
            ? html`<span
                class="muted"
                lang=${shift.langs.label}
                dir=${directionOf(shift.langs.label)}
                >${shift.label}</span
              >`
            : nothing
        }
        <span class="need ${full ? "full" : "open"}">${need}</span>
      </span>
    </label>
    ${problem ? html`<p id="${id}-error" part="error" class="error">${problem}</p>` : nothing}
  </li>`;
}

/**
 * Every upcoming shift by day and then role, as one checkbox group: a volunteer picks several
 * and sends them together.
 */
export function renderShiftPicker(
  data: ShiftsResponse,
  state: PickerState,
  localize: LocalizeController,
  legend: MessageKey,
) {
  const days = groupShifts(data.shifts, data.roles);
  return html`<fieldset
    class="shifts"
    aria-describedby=${state.error ? "shiftIds-hint shiftIds-error" : "shiftIds-hint"}
  >
    <legend part="label">${localize.t(legend)}</legend>
    <p id="shiftIds-hint" class="hint muted">${localize.t("volunteerPickHint")}</p>
    ${days.map(
      (day) =>
        html`<section class="day" aria-labelledby="day-${day.key.replace(/\W/g, "")}">
          <h3 id="day-${day.key.replace(/\W/g, "")}">${dayLabel(day.first, localize)}</h3>
          ${day.roles.map(
            ({ role, shifts }) =>
              html`<div class="role">
                <h4 lang=${role.langs.name} dir=${directionOf(role.langs.name)}>${role.name}</h4>
                ${
                  role.description
                    ? html`<p
                        lang=${role.langs.description}
                        dir=${directionOf(role.langs.description)}
                      >
                        ${role.description}
                      </p>`
                    : nothing
                }
                ${requirementLines(role, localize).map(
                  (line) => html`<p class="requirement muted">${line}</p>`,
                )}
                <ul class="shift-list" aria-label=${role.name}>
                  ${shifts.map((shift) => renderShift(shift, state, localize))}
                </ul>
              </div>`,
          )}
        </section>`,
    )}
    <p class="chosen muted" aria-live="polite">
      ${state.chosen.size > 0 ? localize.plural("volunteerChosen", state.chosen.size) : nothing}
    </p>
    ${
      state.error
        ? html`<p id="shiftIds-error" part="error" class="error">${localize.t(state.error)}</p>`
        : nothing
    }
  </fieldset>`;
}
