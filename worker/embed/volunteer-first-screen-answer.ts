import type { ErrorEnvelope, FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicShift, VolunteerView } from "../../schema/contracts/volunteers.js";
import { shiftRefusal } from "../../schema/rules/shift-refusal.js";
import { upcoming } from "../../schema/rules/upcoming-shifts.js";
import { formatNumber } from "../../i18n/format.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { SaidBeside } from "./first-screen-answer.js";
import { answerWith, renderRefusal } from "./first-screen-answer.js";

/*
 * What the worker answers a volunteer's sign-up sent on its first screen of `<hearth-volunteer>`
 * (`POST …/shifts/first-screen`), drawn as the widget draws the same outcome
 * (`widgets/volunteer/volunteer-sent.ts`, `server-errors.ts`), for the widget to take over.
 */

/** The private calendar feed, as `renderFeed` (`widgets/volunteer/volunteer-feed.ts`) draws it. */
function feed(url: string, words: PageWords): string {
  const webcal = url.replace(/^https?:/, "webcal:");
  return (
    `<section part="feed" class="feed" aria-labelledby="feed-title">` +
    `<h3 id="feed-title">${e(words.t("volunteerFeed"))}</h3> ` +
    `<p id="feed-hint" class="hint muted">${e(words.t("volunteerFeedHint"))}</p> ` +
    `<label class="visually-hidden" for="feed-url">${e(words.t("volunteerFeed"))}</label> ` +
    `<input part="input" id="feed-url" class="feed-url" readonly dir="ltr" value="${e(url)}" aria-describedby="feed-hint"> ` +
    `<p class="links"><button type="button" part="button" class="button secondary copy">${e(words.t("volunteerCopy"))}</button> ` +
    `<a part="button" class="button secondary" href="${e(webcal)}">${e(words.t("volunteerFeedAdd"))}</a></p>` +
    `</section>`
  );
}

/** Signed up: how many shifts, the manage link to keep, and the calendar feed. */
export function renderVolunteerSignedUp(
  signedUp: { volunteer: VolunteerView; manageUrl: string },
  words: PageWords,
): string {
  const { volunteer, manageUrl } = signedUp;
  return answerWith(
    signedUp,
    `<section class="result panel" aria-labelledby="result-title">` +
      `<h2 id="result-title" class="outcome" tabindex="-1">${e(words.plural("volunteerSignedUp", upcoming(volunteer.shifts).length))}</h2> ` +
      `<p>${e(words.t("volunteerKeepLink"))}</p> ` +
      `<p class="links"><a part="button" class="button" href="${e(manageUrl)}">${e(words.t("volunteerManageLink"))}</a></p> ` +
      feed(volunteer.calendarUrl, words) +
      `</section>`,
  );
}

/** The "about you" fields the API names, with their words (`widgets/volunteer/about-you.ts`). */
const fieldWords: Readonly<Record<string, readonly [string, PageKey]>> = {
  name: ["name", "errorName"],
  email: ["email", "errorEmail"],
  phone: ["phone", "errorPhone"],
  languages: ["languages", "errorLanguages"],
  consent: ["consent", "errorConsent"],
};

/** Why a shift was refused, in the reader's words. */
function shiftReason(issue: FieldIssue | undefined, words: PageWords): string {
  const refusal = shiftRefusal(issue);
  return "age" in refusal
    ? words.t(refusal.key, { age: formatNumber(words.locale, refusal.age) })
    : words.t(refusal.key);
}

/**
 * Refused, as `refusalOf` (`widgets/volunteer/server-errors.ts`) places it: a full shift beside
 * it with "a shift filled up" above the form; a refused shift beside it; none chosen or two that
 * overlap under the list; each "about you" field beside it; else why above the form.
 */
export function renderVolunteerRefusal(
  outcome: { status: number; error: ErrorEnvelope["error"] },
  sent: readonly PublicShift[],
  words: PageWords,
  fallback: string,
): string {
  const { error } = outcome;
  if (error.code === "slot_full") {
    const full = sent.find(
      (shift) =>
        error.message.includes(shift.id) || (shift.label && error.message.includes(shift.label)),
    );
    const beside = full
      ? [{ name: "shiftIds", value: full.id, text: words.t("volunteerErrorShiftFull") }]
      : [];
    return renderRefusal(outcome, words.t("volunteerErrorFull"), beside);
  }
  const beside: SaidBeside[] = [];
  for (const [path, issue] of Object.entries(error.fieldCodes ?? {})) {
    const index = /^shiftIds\.(\d+)$/.exec(path)?.[1];
    const shift = index === undefined ? undefined : sent[Number(index)];
    if (shift) beside.push({ name: "shiftIds", value: shift.id, text: shiftReason(issue, words) });
    else if (path === "shiftIds") {
      const key = issue.code === "shift_overlap" ? "volunteerErrorClash" : "volunteerErrorNone";
      beside.push({ name: "shiftIds", text: words.t(key) });
    }
  }
  for (const path of Object.keys(error.fields ?? {})) {
    const entry = fieldWords[path];
    if (entry) beside.push({ name: entry[0], text: words.t(entry[1]) });
  }
  return renderRefusal(outcome, beside.length > 0 ? words.t("formHasErrors") : fallback, beside);
}
