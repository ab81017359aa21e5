import { html, nothing } from "lit";
import { directionOf } from "../../shared/direction.js";
import { renderField } from "../shared/field.js";
import type { SlotDraft } from "./draft.js";
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
    <div class="side-by-side">
      ${context.locales.map((locale) =>
        renderField({
          name: name(`label.${locale}`),
          label: `${localize.t("slotLabel")} — ${localize.languageName(locale)} (${locale})`,
          value: slot.label[locale] ?? "",
          lang: locale,
          dir: directionOf(locale),
          disabled,
          error: errors[name(`label.${locale}`)],
        }),
      )}
    </div>
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
