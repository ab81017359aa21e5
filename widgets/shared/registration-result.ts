import { nothing } from "lit";
import { html } from "./fallback-text.js";
import type { SignUpResponse } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "./localize.js";

type Registration = SignUpResponse["registration"];

/**
 * What a person sees after signing up, in `<hearth-signup>` and the visit forms: confirmed or the
 * waitlist position, the door code, whether an email is coming, the manage link and the calendar.
 * The title takes focus (`tabindex="-1"`) so screen readers hear the outcome.
 */
export function renderRegistrationResult(
  registration: Registration,
  localize: LocalizeController,
  options: { confirmedLabel: MessageKey; emailGiven: boolean; headingLevel: 3 | 4 },
) {
  const title =
    registration.status === "confirmed"
      ? localize.t(options.confirmedLabel)
      : localize.t("waitlisted", { position: localize.number(registration.position ?? 0) });
  const heading =
    options.headingLevel === 3
      ? html`<h3 class="result-title" tabindex="-1">${title}</h3>`
      : html`<h4 class="result-title" tabindex="-1">${title}</h4>`;
  return html`${heading}
    ${
      registration.shortCode
        ? html`<p class="door-code">${localize.t("doorCode", { code: registration.shortCode })}</p>`
        : nothing
    }
    <p>${localize.t(options.emailGiven ? "emailOnItsWay" : "noEmail")}</p>
    <p>${localize.t("keepLink")}</p>
    ${renderRegistrationLinks(registration, localize)}`;
}

/** A sign-up's manage link and its calendar file, also for each date of a series. */
export function renderRegistrationLinks(
  registration: Pick<Registration, "manageUrl" | "calendarUrl">,
  localize: LocalizeController,
) {
  return html`<p class="links">
    <a part="button" class="button" href=${registration.manageUrl}>${localize.t("manageLink")}</a>
    <a part="button" class="button secondary" href=${registration.calendarUrl} download>
      ${localize.t("addToCalendar")}
    </a>
  </p>`;
}
