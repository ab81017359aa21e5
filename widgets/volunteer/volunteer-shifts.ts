import { directionOf } from "../../i18n/languages.js";
import { formatShiftDay, formatShiftHours } from "../../i18n/shift-time.js";
import { requirementMessages } from "../../schema/rules/role-requirements.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { PublicRole, PublicShift, ShiftsResponse } from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import { groupShifts } from "../../schema/rules/shift-days.js";

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

/** A role's requirements as plain sentences. */
export function requirementLines(role: PublicRole, localize: LocalizeController): string[] {
  return requirementMessages(role).map((message) =>
    "age" in message
      ? localize.t(message.key, { age: localize.number(message.age) })
      : localize.t(message.key),
  );
}

export const dayLabel = (
  shift: Pick<PublicShift, "startsAt" | "timeZone">,
  localize: LocalizeController,
): string => formatShiftDay(localize.locale, shift);

/** The shift's hours in the event's time zone, naming the zone when the reader's differs. */
export const timeLabel = (
  span: { startsAt: string; endsAt: string; timeZone: string },
  localize: LocalizeController,
): string =>
  formatShiftHours(localize.locale, span, Intl.DateTimeFormat().resolvedOptions().timeZone);

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
