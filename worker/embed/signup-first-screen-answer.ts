import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { SignUpResponse } from "../../schema/contracts/registrations.js";
import { formatNumber } from "../../i18n/format.js";
import type { FormProblems } from "../event-pages/form-errors.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { answerWith, renderRefusal as renderRefusalOf } from "./first-screen-answer.js";

/*
 * What the worker answers a sign-up sent on its first screen of `<hearth-signup>`
 * (`POST …/events/:eventId/first-screen`), drawn as the widget draws the same outcome
 * (`first-screen-answer.ts`): the widget, when its code arrives, takes it over as its own — the
 * sign-up as if it had sent it, a refusal's errors on its own form.
 */

type Registration = SignUpResponse["registration"];

/** How a form words a booking (a visit's group form: "Booked! See you on the day.", under an h4). */
export interface SignedUpWords {
  confirmedLabel: PageKey;
  headingLevel: 3 | 4;
}

/**
 * Booked: the status region's content as `renderRegistrationResult`
 * (`widgets/shared/registration-result.ts`) draws it — a place or the waitlist with its position,
 * the door code, whether an email is coming, the manage link and the calendar file.
 */
export function renderSignedUp(
  registration: Registration,
  emailGiven: boolean,
  words: PageWords,
  { confirmedLabel, headingLevel }: SignedUpWords = {
    confirmedLabel: "confirmed",
    headingLevel: 3,
  },
): string {
  const title =
    registration.status === "confirmed"
      ? words.t(confirmedLabel)
      : words.t("waitlisted", { position: formatNumber(words.locale, registration.position ?? 0) });
  const heading = `h${headingLevel}`;
  return answerWith(
    { registration, emailGiven },
    `<${heading} class="result-title" tabindex="-1">${e(title)}</${heading}> ` +
      (registration.shortCode
        ? `<p class="door-code">${e(words.t("doorCode", { code: registration.shortCode }))}</p> `
        : "") +
      `<p>${e(words.t(emailGiven ? "emailOnItsWay" : "noEmail"))}</p> ` +
      `<p>${e(words.t("keepLink"))}</p> ` +
      `<p class="links"><a part="button" class="button" href="${e(registration.manageUrl)}">${e(words.t("manageLink"))}</a> ` +
      `<a part="button" class="button secondary" href="${e(registration.calendarUrl)}" download>${e(words.t("addToCalendar"))}</a></p>`,
  );
}

/**
 * Refused: what goes above the form (the widget's "Please check the form…" when fields are to
 * fix, else why), then each field's words, `data-for` its name, to go beside it.
 */
export function renderRefusal(
  outcome: { status: number; error: ErrorEnvelope["error"] },
  problems: FormProblems,
  words: PageWords,
): string {
  const fields = Object.entries(problems.fields);
  const summary = problems.form ?? words.t(fields.length > 0 ? "formHasErrors" : "errorGeneric");
  return renderRefusalOf(
    outcome,
    summary,
    fields.map(([name, text]) => ({ name, text })),
  );
}
