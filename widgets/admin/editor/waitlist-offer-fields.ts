import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { live } from "lit/directives/live.js";
import { renderField } from "../shared/field.js";
import type { EventDraft } from "./draft.js";
import type { FieldsContext } from "./event-fields.js";

/**
 * "When a place becomes free": give it to the next person on the waitlist at once, or offer it
 * to them and hold it for some hours (the server shortens the time close to the event). The hours
 * show only with the choice that uses them.
 */
export function renderWaitlistOffer(context: FieldsContext) {
  const { localize, draft, errors, disabled } = context;
  const t = localize.t.bind(localize);
  const choice = (value: EventDraft["waitlistOffer"], label: string) =>
    html`<label class="choice">
      <input
        type="radio"
        name="waitlistOffer"
        value=${value}
        .checked=${live(draft.waitlistOffer === value)}
        ?disabled=${disabled}
      />
      ${label}
    </label>`;
  return html`<fieldset class="waitlist-offer">
    <legend>${t("waitlistOfferLegend")}</legend>
    ${choice("now", t("waitlistOfferNow"))} ${choice("hold", t("waitlistOfferHold"))}
    ${
      draft.waitlistOffer === "hold"
        ? renderField({
            name: "waitlistOfferHours",
            type: "number",
            label: t("fieldWaitlistOfferHours"),
            hint: t("fieldWaitlistOfferHoursHint"),
            value: draft.waitlistOfferHours,
            min: "1",
            max: "168",
            error: errors.waitlistOfferHours,
            disabled,
          })
        : nothing
    }
  </fieldset>`;
}
