import type { Context } from "hono";
import { resolveText } from "../../i18n/content.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import type { AppEnv } from "../http/app-env.js";
import { deriveManageToken, manageUrl } from "../registrations/manage-token.js";
import { registrationCalendarUrl } from "../registrations/registration-calendar.js";
import { renderConfirmationPage, renderMessagePage } from "./confirmation-html.js";
import { findReceiptRegistration } from "./event-page-queries.js";
import { eventPagePath } from "../../schema/rules/event-links.js";
import { readerWords } from "./load-event-page.js";
import { sendPage } from "./page-response.js";
import { loadPageWords, pageWords } from "./page-words.js";
import { checkReceipt } from "./receipt.js";

/**
 * Where the form's sign-up lands: what happened, in the language the person signed up in, with
 * the manage link, while the receipt in the address is fresh. A tampered receipt is 404; an old
 * one says where the link is now (the confirmation email) and shows nothing of the sign-up.
 */
export async function showConfirmation(c: Context<AppEnv>): Promise<Response> {
  const organisationSlug = c.req.param("org") ?? "";
  const eventId = c.req.param("id") ?? "";
  const secret = c.env.MANAGE_TOKEN_SECRET;
  const check = await checkReceipt(secret, c.req.query("receipt") ?? "", eventId, Date.now());
  const registration =
    typeof check === "object"
      ? await findReceiptRegistration(c.var.db, {
          registrationId: check.registrationId,
          eventId,
          organisationSlug,
        })
      : null;
  const eventPageUrl = eventPagePath(organisationSlug, eventId);
  if (!registration) {
    const { words } = await readerWords(c, "en");
    const expired = check === "expired";
    const html = renderMessagePage(words, {
      title: words.t(expired ? "pageReceiptExpired" : "errorNotFound"),
      link: expired ? { href: eventPageUrl, text: words.t("pageBackToEvent") } : undefined,
    });
    return sendPage(c, html, expired ? 410 : 404, { words });
  }
  await loadPageWords();
  const { locale } = negotiate([registration.locale, registration.defaultLocale], publicLanguages);
  const words = pageWords(locale);
  const origin = new URL(c.req.url).origin;
  const token = await deriveManageToken(secret, registration.id);
  const html = renderConfirmationPage({
    registration,
    eventTitle: resolveText(
      registration.eventTitle,
      registration.locale,
      registration.defaultLocale,
    ),
    words,
    manageUrl: manageUrl(origin, registration.id, token),
    calendarUrl: await registrationCalendarUrl(origin, secret, registration.id),
    eventPageUrl: `${eventPageUrl}?lang=${encodeURIComponent(locale)}`,
  });
  return sendPage(c, html, 200, { words });
}
