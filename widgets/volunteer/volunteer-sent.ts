import type {
  PublicRole,
  PublicShift,
  VolunteerSignUp,
  VolunteerView,
} from "../../schema/contracts/volunteers.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { aboutYou } from "./about-you.js";
import { requirementsOf, upcoming } from "./shifts.js";
import { renderFeed } from "./volunteer-feed.js";
import { feedStyles } from "./volunteer-later.styles.js";

/*
 * What the form needs once it is sent, loaded when someone starts answering (not with the first
 * render): a sign-up's answers, the signed-up screen, where each part of a refusal belongs, and
 * the key that makes a retried sign-up safe. The requests stay with the element: while a single
 * lazy chunk imports the API module, the bundler keeps it in the first chunk instead of a file of
 * its own.
 */

export { AnswerKeys } from "../shared/idempotency-key.js";
export { refusalOf } from "./server-errors.js";

export const sentStyles = [feedStyles];

/** A new volunteer's sign-up as the API takes it: the chosen shifts and the "about you" answers. */
export function signUpBody(
  form: HTMLFormElement,
  shifts: readonly PublicShift[],
  roles: readonly PublicRole[],
  locale: string,
): VolunteerSignUp {
  const { needs } = requirementsOf(shifts, roles);
  return { ...aboutYou(form, needs), locale, shiftIds: shifts.map((shift) => shift.id) };
}

/** Right after signing up: how many shifts, the manage link to keep, and the calendar feed. */
export function renderSignedUp(
  { volunteer, manageUrl }: { volunteer: VolunteerView; manageUrl: string },
  localize: LocalizeController,
  onCopied: () => void,
) {
  return html`<section class="result panel" aria-labelledby="result-title">
    <h2 id="result-title" class="outcome" tabindex="-1">
      ${localize.plural("volunteerSignedUp", upcoming(volunteer.shifts).length)}
    </h2>
    <p>${localize.t("volunteerKeepLink")}</p>
    <p class="links">
      <a part="button" class="button" href=${manageUrl}>${localize.t("volunteerManageLink")}</a>
    </p>
    ${renderFeed(volunteer.calendarUrl, localize, onCopied)}
  </section>`;
}
