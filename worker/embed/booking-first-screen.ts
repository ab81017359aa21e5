import type { RegistrationView } from "../../schema/contracts/registrations.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import { formatNumber } from "../../i18n/format.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { answerWith } from "./first-screen-answer.js";
import { dateRangeOf, openBase } from "./first-screen-parts.js";

/*
 * The first screen of `<hearth-booking>`, a person's manage page: their sign-up's card, its
 * actions and "Your data", as the widget draws them (`widgets/booking/booking-card.ts`,
 * `booking-answers.ts`, `booking-actions.ts`, `widgets/shared/personal-data.ts`) with the same
 * classes and parts, so nothing moves when the widget takes it over. Its person's own data: read
 * with their manage token, never kept by any cache. Cancel works on it before the widget's code
 * has come: the widget's "Do you want to cancel?" step is drawn too, hidden, and shown by the
 * show code (`widgets/booking/first-screen-show.ts`); its "Yes, cancel" sends itself
 * (`data-sends`). The other actions — change, download, erase — wait for the widget's code.
 */

interface BookingScreen {
  view: RegistrationView;
  words: PageWords;
  readerZone: string;
}

function statusText({ view, words }: BookingScreen): string {
  if (view.status === "confirmed") return words.t("statusConfirmed");
  if (view.status === "offered") return words.t("statusOffered");
  if (view.status === "waitlisted") {
    return words.t("statusWaitlisted", {
      position: formatNumber(words.locale, view.position ?? 0),
    });
  }
  return words.t("statusCancelled");
}

/** A visit sign-up's own answers: the group's languages, its pick-up, a host's offer. */
function visitFacts({ view, words }: BookingScreen): string {
  const { languages, pickupPoint, offer, wheelchairPlaces } = view.visit;
  const fact = (key: Parameters<PageWords["t"]>[0], value: string) =>
    `<dt>${e(words.t(key))}</dt> <dd>${value}</dd>`;
  return (
    (languages && languages.length > 0
      ? fact("bookingLanguages", e(words.list(languages.map((code) => words.languageName(code)))))
      : "") +
    (pickupPoint
      ? fact(
          "bookingPickup",
          pickupPoint.departsAt
            ? e(
                words.t("bookingPickupAt", {
                  place: pickupPoint.name ?? "",
                  time: formatClockTime(words.locale, pickupPoint.departsAt, view.event.timeZone),
                }),
              )
            : `<bdi>${e(pickupPoint.name ?? "")}</bdi>`,
        )
      : "") +
    (offer ? `<dt>${e(words.t("bookingOffer"))}</dt> <dd dir="auto">${e(offer)}</dd>` : "") +
    (wheelchairPlaces > 0
      ? fact("wheelchairPlaces", e(formatNumber(words.locale, wheelchairPlaces)))
      : "")
  );
}

/** An answer as the person gave it, as `answerText` words it. */
function answerText(answer: RegistrationView["answers"][number], words: PageWords): string {
  const { kind, value, choices } = answer;
  if (typeof value === "boolean") return e(words.t(value ? "questionYes" : "questionNo"));
  if (typeof value === "number") return e(formatNumber(words.locale, value));
  if (kind === "one_choice" || kind === "many_choices") {
    const ids = Array.isArray(value) ? value : [value];
    return e(words.list(choices.filter((choice) => ids.includes(choice.id)).map((c) => c.label)));
  }
  return `<span dir="auto">${e(Array.isArray(value) ? value.join(", ") : String(value))}</span>`;
}

function answers({ view, words }: BookingScreen): string {
  if (view.erased || view.answers.length === 0) return "";
  return (
    `<section class="answers" aria-labelledby="answers-heading">` +
    `<h3 id="answers-heading">${e(words.t("bookingAnswers"))}</h3> <dl class="facts">` +
    view.answers
      .map(
        (answer) =>
          `<dt dir="auto">${e(answer.question)}</dt> <dd>${answerText(answer, words)}</dd>`,
      )
      .join(" ") +
    `</dl></section>`
  );
}

function card(screen: BookingScreen): string {
  const { view, words } = screen;
  const { event } = view;
  const place = [event.venueName, event.venueAddress].filter(Boolean).join(", ");
  const where = place
    ? `<dt>${e(words.t("where"))}</dt> <dd><bdi>${e(place)}</bdi></dd>`
    : event.onlineUrl
      ? `<dt>${e(words.t("where"))}</dt> <dd>${e(words.t("online"))}</dd>`
      : "";
  const people = words.list([
    words.plural("adultsCount", view.adults),
    ...(view.children > 0 ? [words.plural("childrenCount", view.children)] : []),
  ]);
  return (
    `<article part="card" class="card panel">` +
    `<h2 id="booking-heading" tabindex="-1">${e(words.t("bookingHeading"))}</h2> ` +
    `<p class="event-title" lang="${e(event.contentLocale)}" dir="${directionOf(event.contentLocale)}">${e(event.title)}</p> ` +
    `<dl class="facts"><dt>${e(words.t("when"))}</dt> ` +
    `<dd>${e(dateRangeOf({ ...view.slot, timeZone: event.timeZone }, screen))}</dd> ${where} ` +
    (view.erased
      ? ""
      : `<dt>${e(words.t("name"))}</dt> <dd>${e(view.name)}</dd> ` +
        `<dt>${e(words.t("people"))}</dt> <dd>${e(people)}</dd> ` +
        visitFacts(screen)) +
    `<dt>${e(words.t("status"))}</dt> <dd class="state ${e(view.status)}">${e(statusText(screen))}</dd> ` +
    (view.shortCode && view.status !== "cancelled"
      ? `<dt>${e(words.t("code"))}</dt> <dd><bdi class="code" lang="en">${e(view.shortCode)}</bdi></dd>`
      : "") +
    `</dl> ${answers(screen)}</article>`
  );
}

const button = (classes: string, text: string, more = "") =>
  `<button type="button" part="button" class="button ${classes}"${more}>${e(text)}</button>`;

/**
 * Under the card, as `renderBookingActions` draws them while nothing is open; then its "Do you
 * want to cancel?" step, hidden, whose "Yes, cancel" sends itself. A held place is answered by the
 * widget (its first screen is not shown), so there is no offer here.
 */
function actions({ view, words }: BookingScreen): string {
  if (view.status === "cancelled") return "";
  const link = (href: string, text: string, lang = "") =>
    `<a part="button" class="button secondary" href="${e(href)}"${lang ? ` lang="${lang}"` : ""}` +
    `${lang ? "" : " download"}>${e(text)}</a>`;
  return (
    `<div class="actions">` +
    button("change", words.t("changeBooking")) +
    link(view.calendarUrl, words.t("addToCalendar")) +
    link(view.calendarLinks.google, "Google Calendar", "en") +
    link(view.calendarLinks.outlook, "Outlook", "en") +
    button("danger cancel", words.t("cancel")) +
    `</div>` +
    `<form class="confirm panel" role="group" aria-labelledby="confirm-text" novalidate data-sends hidden>` +
    `<p id="confirm-text" class="confirm-text" tabindex="-1">${e(words.t("cancelConfirm"))}</p>` +
    `<div class="actions">` +
    `<button type="submit" part="button" class="button danger" data-sending="${e(words.t("loading"))}"` +
    ` data-stalled="${e(words.t("errorNetwork"))}" data-failed="${e(words.t("errorGeneric"))}">${e(words.t("cancelYes"))}</button>` +
    button("secondary keep", words.t("keep")) +
    `</div></form>`
  );
}

/** "Your data", as `PersonalDataController` draws it before anything is pressed. */
function personalData({ view, words }: BookingScreen): string {
  if (view.erased) return "";
  return (
    `<section part="my-data" class="my-data panel" aria-labelledby="my-data-title">` +
    `<h2 id="my-data-title">${e(words.t("myDataHeading"))}</h2> ` +
    `<p class="muted">${e(words.t("myDataHint"))}</p> ` +
    `<div part="error" class="error-box" role="alert"></div>` +
    `<div class="actions">` +
    button("secondary download", words.t("download")) +
    button("danger erase", words.t("erase")) +
    `</div></section>`
  );
}

/** The page's content: what happened (`outcome`, said and focused), the card, its actions, the data. */
function content(screen: BookingScreen, outcome = ""): string {
  return (
    `<div part="status" class="status" role="status">` +
    (outcome ? `<p class="outcome" tabindex="-1">${e(outcome)}</p>` : "") +
    `</div><div part="error" class="error-box" role="alert"></div>` +
    card(screen) +
    actions(screen) +
    personalData(screen)
  );
}

/**
 * The manage page of `view` before anything is pressed, in the wrapper the widget draws; the
 * sign-up's status rides along (`data-status`: a held place is the widget's to answer).
 */
export function renderBookingFirstScreen(screen: BookingScreen): string {
  return openBase(screen.words, { status: screen.view.status }) + content(screen) + `</div>`;
}

/**
 * Cancelled on the first screen: the whole page as it is now, the outcome said above it, to put
 * in the first screen's place (`data-replaces`), carrying the sign-up for the widget to take over.
 */
export function renderCancelled(screen: BookingScreen): string {
  return answerWith(
    { cancelled: screen.view },
    content(screen, screen.words.t("cancelled")),
  ).replace("<div ", "<div data-replaces ");
}
