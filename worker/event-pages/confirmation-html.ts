import { directionOf } from "../../i18n/languages.js";
import { escapeHtml } from "../messages/html.js";
import { formatEventTime } from "../messages/format.js";
import type { ReceiptRegistration } from "./event-page-queries.js";
import { pageDocument } from "./page-document.js";
import type { PageWords } from "./page-words.js";

export interface ConfirmationView {
  registration: ReceiptRegistration;
  eventTitle: { text: string; lang: string };
  words: PageWords;
  manageUrl: string;
  calendarUrl: string;
  eventPageUrl: string;
}

/** "Your code for the door: K7Q2PX", the code large and left to right wherever the sentence puts it. */
function doorCode(words: PageWords, code: string): string {
  const [before = "", after = ""] = words.t("doorCode", { code: "\u0000" }).split("\u0000");
  return `<p>${escapeHtml(before)}<span class="code" dir="ltr">${escapeHtml(code)}</span>${escapeHtml(after)}</p>`;
}

function headingOf({ registration, words }: ConfirmationView): string {
  switch (registration.status) {
    case "confirmed":
      return words.t("confirmed");
    case "waitlisted":
      return words.t("waitlisted", { position: registration.position ?? 1 });
    case "cancelled":
      return words.t("cancelled");
    default:
      return words.t("manageLink");
  }
}

/**
 * What happened, after the form: a place or the waitlist (with the position), the door code, whether
 * an email is on its way, and the manage link to keep — the only copy for someone who gave no
 * email. The words and order of the widget's confirmation (`registration-result.ts`).
 */
export function renderConfirmationPage(view: ConfirmationView): string {
  const { registration, words, eventTitle } = view;
  const heading = headingOf(view);
  const live = registration.status !== "cancelled";
  const when = formatEventTime(
    registration.startsAt,
    registration.endsAt,
    registration.timeZone,
    words.locale,
  );
  const parts = [
    `<h1 tabindex="-1">${escapeHtml(heading)}</h1>`,
    `<p><strong lang="${escapeHtml(eventTitle.lang)}" dir="${directionOf(eventTitle.lang)}">${escapeHtml(eventTitle.text)}</strong><br>${escapeHtml(when)}</p>`,
    live && registration.shortCode ? doorCode(words, registration.shortCode) : "",
    live
      ? `<p>${escapeHtml(words.t(registration.emailGiven ? "emailOnItsWay" : "noEmail"))}</p>`
      : "",
    `<p class="notice">${escapeHtml(words.t("keepLink"))}</p>`,
    `<p><a class="button" href="${escapeHtml(view.manageUrl)}">${escapeHtml(words.t("manageLink"))}</a></p>`,
    live
      ? `<p><a href="${escapeHtml(view.calendarUrl)}" download>${escapeHtml(words.t("addToCalendar"))}</a></p>`
      : "",
    `<p><a href="${escapeHtml(view.eventPageUrl)}">${escapeHtml(words.t("pageBackToEvent"))}</a></p>`,
  ];
  return pageDocument({
    lang: words.locale,
    dir: words.dir,
    title: `${heading} – ${eventTitle.text}`,
    body: `<main>\n${parts.filter(Boolean).join("\n")}\n</main>\n`,
  });
}

/** A page with one message and a way on: not found, or a receipt no longer shown. */
export function renderMessagePage(
  words: PageWords,
  message: { title: string; text?: string; link?: { href: string; text: string } },
): string {
  const body = [
    `<h1>${escapeHtml(message.title)}</h1>`,
    message.text ? `<p>${escapeHtml(message.text)}</p>` : "",
    message.link
      ? `<p><a href="${escapeHtml(message.link.href)}">${escapeHtml(message.link.text)}</a></p>`
      : "",
  ];
  return pageDocument({
    lang: words.locale,
    dir: words.dir,
    title: message.title,
    body: `<main>\n${body.filter(Boolean).join("\n")}\n</main>\n`,
  });
}
