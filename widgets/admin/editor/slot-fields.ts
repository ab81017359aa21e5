import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { idFor, renderField } from "../shared/field.js";
import { renderLanguageInputs } from "../shared/language-fields.js";
import { pickText } from "../shared/locale-text.js";
import type { SlotAudience, SlotDraft } from "./draft.js";
import type { FieldsContext } from "./event-fields.js";

/** Times with places: label per language, times, capacity and waitlist; rows can be added and removed. */
export function renderSlots(
  context: FieldsContext,
  actions: { add: () => void; remove: (index: number) => void },
) {
  const { localize, draft, errors } = context;
  const error = errors.slots;
  return html`<fieldset>
    <legend>${localize.t("slotsLegend")}</legend>
    <p class="hint muted">${localize.t("slotsHint")}</p>
    ${error ? html`<p class="error">${error}</p>` : nothing}
    ${draft.slots.map((slot, index) => renderSlot(context, slot, index, actions.remove))}
    ${
      context.disabled
        ? nothing
        : html`<button type="button" class="button secondary add-slot" @click=${actions.add}>
            ${localize.t("addSlot")}
          </button>`
    }
  </fieldset>`;
}

function renderSlot(
  context: FieldsContext,
  slot: SlotDraft,
  index: number,
  remove: (index: number) => void,
) {
  const { localize, errors, disabled } = context;
  const name = (key: string) => `slots.${index}.${key}`;
  const number = localize.number(index + 1);
  return html`<fieldset class="slot">
    <legend>${localize.t("slotNumber", { number })}</legend>
    <p class="taken">${localize.plural("slotTaken", slot.taken)}</p>
    ${renderLanguageInputs({
      name: name("label"),
      labelPrefix: localize.t("slotLabel"),
      values: slot.label,
      locales: context.locales,
      errors,
      localize,
      disabled,
    })}
    ${renderAudience(context, slot, index)}
    <div class="fields">
      ${renderField({ name: name("startsAt"), type: "datetime-local", label: localize.t("fieldStartsAt"), hint: localize.t("slotTimesHint"), value: slot.startsAt, disabled, error: errors[name("startsAt")] })}
      ${renderField({ name: name("endsAt"), type: "datetime-local", label: localize.t("fieldEndsAt"), value: slot.endsAt, disabled, error: errors[name("endsAt")] })}
      ${renderField({ name: name("capacity"), type: "number", label: localize.t("capacity"), value: slot.capacity, disabled, error: errors[name("capacity")] })}
      ${renderField({ name: name("waitlistCapacity"), type: "number", label: localize.t("waitlistSize"), value: slot.waitlistCapacity, disabled, error: errors[name("waitlistCapacity")] })}
    </div>
    ${
      disabled || context.draft.slots.length < 2
        ? nothing
        : html`<button
            type="button"
            class="button secondary small remove-slot"
            ?disabled=${slot.taken > 0}
            @click=${() => remove(index)}
          >
            ${localize.t("removeSlot", { number })}
          </button>`
    }
  </fieldset>`;
}

const visitAudiences: readonly SlotAudience[] = ["visitor", "host", "interpreter", "volunteer"];
const eventAudiences: readonly SlotAudience[] = ["attendee", "volunteer"];

/**
 * Places are for attendees or volunteer shifts; a visit's for visitors, hosts at one stop,
 * interpreters or volunteers.
 */
function renderAudience(context: FieldsContext, slot: SlotDraft, index: number) {
  const { localize, stops } = context;
  const t = localize.t.bind(localize);
  const visit = context.draft.kind === "visit";
  const audience = visit && slot.audience === "attendee" ? "visitor" : slot.audience;
  return html`<div class="fields">
    ${renderSelect(
      context,
      `slots.${index}.audience`,
      t("slotAudience"),
      (visit ? visitAudiences : eventAudiences).map(
        (value) => [value, t(`audience_${value}`)] as const,
      ),
      audience,
    )}
    ${audience === "volunteer" ? renderShiftFields(context, slot, index) : nothing}
    ${
      audience === "host"
        ? stops.length === 0
          ? html`<p class="hint muted">${t("slotStopNeedsItinerary")}</p>`
          : renderSelect(
              context,
              `slots.${index}.stopId`,
              t("slotStop"),
              [
                ["", t("chooseStop")],
                ...[...stops]
                  .sort((a, b) => a.position - b.position)
                  .map((stop, i) => {
                    const place = pickText(stop.place, context.locales);
                    return [stop.id, `${localize.number(i + 1)}. ${place}`] as const;
                  }),
              ],
              slot.stopId,
            )
        : nothing
    }
  </div>`;
}

/** A shift's role, from the organisation's roles, and how many people it needs at least. */
function renderShiftFields(context: FieldsContext, slot: SlotDraft, index: number) {
  const { localize } = context;
  const t = localize.t.bind(localize);
  return html`${
    context.roles.length === 0
      ? html`<p class="hint muted">${t("slotRoleNeedsRoles")}</p>`
      : renderSelect(
          context,
          `slots.${index}.roleId`,
          t("slotRole"),
          [
            ["", t("chooseRole")],
            ...context.roles.map(
              (role) => [role.id, pickText(role.name, context.locales)] as const,
            ),
          ],
          slot.roleId,
        )
  }
  ${renderField({
    name: `slots.${index}.minimum`,
    type: "number",
    label: t("slotMinimum"),
    hint: t("slotMinimumHint"),
    value: slot.minimum,
    disabled: context.disabled,
    error: context.errors[`slots.${index}.minimum`],
  })}`;
}

function renderSelect(
  context: FieldsContext,
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
) {
  const id = idFor(name);
  const error = context.errors[name];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      name=${name}
      ?disabled=${context.disabled}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${error ? `${id}-error` : nothing}
    >
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${option === value}>${text}</option>`,
      )}
    </select>
    ${error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing}
  </div>`;
}
