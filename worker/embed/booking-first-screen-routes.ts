import type { Context } from "hono";
import { Hono } from "hono";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import { manageFirstScreenQuerySchema } from "../../schema/contracts/registrations.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { refusalText } from "../event-pages/form-errors.js";
import type { PageWords } from "../event-pages/page-words.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { validate } from "../http/validate.js";
import type { ManagedRegistration } from "../registrations/registration-queries.js";
import { authorise, cancelOwnRegistration, viewOf } from "../registrations/own-registration.js";
import { renderBookingFirstScreen, renderCancelled } from "./booking-first-screen.js";
import { renderRefusal } from "./first-screen-answer.js";
import { replyToFirstScreen } from "./first-screen-reply.js";

/*
 * The manage page's first screen (`booking-first-screen.ts`), read and sent with the person's
 * manage token (`Authorization: Bearer`, never in the address), as the widget reads and cancels:
 * through the same `authorise`, `cancelOwnRegistration` and view. Never cached (`no-store`).
 * Mounted before `registrationRoutes`, whose preflight (`/:id/*`) answers for these too.
 */

const wordsFor = (lang: string | undefined, registered?: string): PageWords =>
  pageWords(negotiate([lang, registered], publicLanguages).locale, { isolateNames: false });

/** The page of `registration` in `lang`, else the language its person signed up in. */
async function screenOf(
  c: Context<AppEnv>,
  registration: ManagedRegistration,
  { lang, tz }: { lang?: string | undefined; tz: string },
) {
  const view = await viewOf(c, registration);
  return { view, words: wordsFor(lang, view.locale), readerZone: tz };
}

/** Why a cancel was refused, in the reader's words: a link that opens nothing says so. */
const cancelRefusal = (error: ErrorEnvelope["error"], words: PageWords) =>
  error.code === "not_found" || error.code === "unauthorized"
    ? words.t("badLink")
    : refusalText(error, words);

export const bookingFirstScreenRoutes = new Hono<AppEnv>()
  .get("/:id/first-screen", validate("query", manageFirstScreenQuerySchema), async (c) => {
    const [registration] = await Promise.all([authorise(c), loadPageWords()]);
    const screen = await screenOf(c, registration, c.req.valid("query"));
    c.header("Cache-Control", "no-store");
    return c.body(renderBookingFirstScreen(screen), 200, {
      "Content-Type": "text/html; charset=utf-8",
    });
  })
  .post("/:id/first-screen", validate("query", manageFirstScreenQuerySchema), async (c) => {
    const query = c.req.valid("query");
    await loadPageWords();
    try {
      const registration = await cancelOwnRegistration(c);
      return replyToFirstScreen(c, renderCancelled(await screenOf(c, registration, query)), 200);
    } catch (thrown) {
      if (!(thrown instanceof ApiError)) throw thrown;
      const { status } = thrown;
      const error: ErrorEnvelope["error"] = { code: thrown.code, message: thrown.message };
      const html = renderRefusal({ status, error }, cancelRefusal(error, wordsFor(query.lang)), []);
      return replyToFirstScreen(c, html, status, error);
    }
  });
