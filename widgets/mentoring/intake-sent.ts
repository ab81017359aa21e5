import type { IntakeResponse } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";

/** Right after signing up: thanks, what happens next, and the manage link to keep. */
export function renderSent(localize: LocalizeController, { person, manageUrl }: IntakeResponse) {
  return html`<section class="result panel" aria-labelledby="result-title">
    <h3 id="result-title" class="outcome" tabindex="-1">
      ${localize.t("mentoringSentHeading", { name: person.firstName })}
    </h3>
    <p>
      ${localize.t("mentoringSentNext", { date: localize.day(person.season.startsOn.slice(0, 10)) })}
    </p>
    <p>${localize.t("mentoringKeepLink")}</p>
    <p class="links">
      <a part="button" class="button" href=${manageUrl ?? ""}
        >${localize.t("mentoringManageLink")}</a
      >
    </p>
  </section>`;
}
