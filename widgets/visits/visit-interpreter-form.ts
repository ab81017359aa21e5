import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { renderLanguageChoices } from "./visit-fields.js";
import { HearthVisitForm } from "./visit-form.js";
import { checkInterpreter } from "./visit-validate.js";

/**
 * A volunteer interpreter for the trip, with the languages they interpret between.
 *
 * @tag hearth-visit-interpreter-form
 */
export class HearthVisitInterpreterForm extends HearthVisitForm {
  protected override readonly submitLabel = "sendInterpreter";
  protected override readonly confirmedLabel = "interpreterConfirmed";
  protected override readonly audience = "interpreter";

  protected override check(data: FormData, visit: PublicEvent) {
    return checkInterpreter(data, visit);
  }

  protected override renderFields() {
    return html`${this.field({ name: "name", label: "interpreterName", hint: "nameHint", autocomplete: "nickname" })}
    ${renderLanguageChoices(this.localize, this.errors, {
      legend: "interpreterLanguages",
      hint: "interpreterLanguagesHint",
    })}
    ${this.field({ name: "email", label: "email", hint: "emailHint", type: "email", inputmode: "email", autocomplete: "email" })}
    ${this.field({ name: "phone", label: "phone", type: "tel", inputmode: "tel", autocomplete: "tel" })}`;
  }
}
