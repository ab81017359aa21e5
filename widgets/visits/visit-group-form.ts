import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { renderLanguageChoices, renderSelect } from "./visit-fields.js";
import { HearthVisitForm } from "./visit-form.js";
import { slotFor } from "../../schema/rules/visit-ways.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import { checkGroup } from "./visit-validate.js";

/**
 * Seats on a visit for a group from an accommodation centre, or a newcomer and their family.
 * Asks for numbers and needs, never for the names of the people in the group.
 *
 * @tag hearth-visit-group-form
 */
export class HearthVisitGroupForm extends HearthVisitForm {
  protected override readonly submitLabel = "sendGroup";
  protected override readonly confirmedLabel = "visitConfirmed";
  protected override readonly audience = "visitor";

  protected override check(data: FormData, visit: PublicEvent) {
    return checkGroup(data, visit);
  }

  protected override renderFields(visit: PublicEvent) {
    const seats = slotFor(visit, "visitor")?.remaining ?? 0;
    const seatsError =
      this.errors.adults === "errorPartyTooLarge"
        ? this.localize.plural("errorSeats", seats)
        : undefined;
    return html`<div class="party">
        ${this.field({ name: "adults", label: "adults", hint: "groupAdultsHint", type: "number", inputmode: "numeric", value: "1", errorText: seatsError })}
        ${this.field({ name: "children", label: "children", type: "number", inputmode: "numeric", value: "0" })}
      </div>
      ${
        visit.pickupPoints.length > 0
          ? renderSelect(this.localize, this.errors, {
              name: "pickupPointId",
              label: "pickupPoint",
              choose: "pickupChoose",
              choices: visit.pickupPoints.map((point) => ({
                value: point.id,
                label: this.localize.t("pickupAt", {
                  place: point.name,
                  time: formatClockTime(this.localize.locale, point.departsAt, visit.timeZone),
                }),
              })),
            })
          : null
      }
      ${renderLanguageChoices(this.localize, this.errors, { legend: "groupLanguages" })}
      ${this.field({ name: "name", label: "contactName", hint: "contactNameHint", autocomplete: "name" })}
      ${this.field({ name: "phone", label: "contactPhone", hint: "contactPhoneHint", type: "tel", inputmode: "tel", autocomplete: "tel" })}
      ${this.field({ name: "email", label: "email", hint: "emailHint", type: "email", inputmode: "email", autocomplete: "email" })}
      <details class="needs" ?open=${this.hasNeedsError()}>
        <summary>${this.localize.t("needs")}</summary>
        <p class="muted">${this.localize.t("groupNeedsHint")}</p>
        ${this.field({ name: "interpreterLanguage", label: "interpreterLanguage" })}
        ${this.field({ name: "wheelchairPlaces", label: "wheelchairPlaces", type: "number", inputmode: "numeric", value: "0" })}
        ${this.field({ name: "accessibility", label: "accessibilityNeeds", multiline: true })}
        ${this.field({ name: "dietary", label: "dietary", multiline: true })}
      </details>`;
  }

  private hasNeedsError(): boolean {
    const { interpreterLanguage, wheelchairPlaces, accessibility, dietary } = this.errors;
    return Boolean(interpreterLanguage || wheelchairPlaces || accessibility || dietary);
  }
}
