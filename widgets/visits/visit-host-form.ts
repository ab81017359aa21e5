import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { renderSelect } from "./visit-fields.js";
import { HearthVisitForm } from "./visit-form.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import { hostStopChoices } from "../../schema/rules/visit-ways.js";
import { checkHost } from "./visit-validate.js";

/**
 * A resident, farm, school, museum or association offering to meet the group at one stop.
 *
 * @tag hearth-visit-host-form
 */
export class HearthVisitHostForm extends HearthVisitForm {
  protected override readonly submitLabel = "sendHost";
  protected override readonly confirmedLabel = "hostConfirmed";
  protected override readonly audience = "host";

  protected override check(data: FormData, visit: PublicEvent) {
    return checkHost(data, visit);
  }

  protected override renderFields(visit: PublicEvent) {
    const stops = hostStopChoices(visit).map(({ value, arrivesAt, place, disabled }) => ({
      value,
      label: `${formatClockTime(this.localize.locale, arrivesAt, visit.timeZone)} · ${place}`,
      disabled,
    }));
    return html`${renderSelect(this.localize, this.errors, {
      name: "slotId",
      label: "hostStop",
      choose: "hostStopChoose",
      choices: stops,
    })}
    ${this.field({ name: "name", label: "hostName", hint: "nameHint", autocomplete: "organization" })}
    ${this.field({ name: "offer", label: "hostOffer", hint: "hostOfferHint", multiline: true })}
    ${this.field({ name: "adults", label: "hostPeople", type: "number", inputmode: "numeric", value: "1" })}
    ${this.field({ name: "email", label: "email", hint: "emailHint", type: "email", inputmode: "email", autocomplete: "email" })}
    ${this.field({ name: "phone", label: "phone", type: "tel", inputmode: "tel", autocomplete: "tel" })}`;
  }
}
