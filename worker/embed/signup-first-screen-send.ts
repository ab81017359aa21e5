import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import { questionsFor } from "../../schema/rules/questions-asked.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { checkForm } from "../event-pages/form-checks.js";
import { formProblems } from "../event-pages/form-errors.js";
import { readPostedForm, toSignUpBody } from "../event-pages/form-values.js";
import type { PageWords } from "../event-pages/page-words.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { postedFormText } from "../event-pages/posted-form-text.js";
import { signUpThroughApi } from "../event-pages/signup-through-api.js";
import { readEventDetail } from "../events/read-event-detail.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import { replyToFirstScreen, unreadBody } from "./first-screen-reply.js";
import { renderRefusal, renderSignedUp } from "./signup-first-screen-answer.js";

function refused(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  error: ErrorEnvelope["error"],
  words: PageWords,
  questions: Parameters<typeof formProblems>[1],
): Response {
  const html = renderRefusal({ status, error }, formProblems(error, questions, words), words);
  return replyToFirstScreen(c, html, status, error);
}

/**
 * A sign-up sent on the worker's first screen of `<hearth-signup>` before the widget's code has
 * arrived (`POST …/events/:eventId/first-screen`, the form's fields as a browser posts them, with
 * `fillMs` and an `Idempotency-Key`). Read and checked as an event's page reads its form, then
 * sent through the API's own sign-up route (`signUpThroughApi`): the same contract, bot checks,
 * website check, rate limits, idempotency and booking batch as the widget's. Answered with HTML
 * the show code puts in place (`signup-first-screen-answer.ts`): 201 with the confirmation (200
 * for a retry with the same key), or the refusal's status with its words — 422 answers to fix
 * (all of them at once), 409 a full time or a closed event, 429 too many tries, 413/415 a body
 * that is not such a form.
 */
export async function sendOnFirstScreen(
  c: Context<AppEnv>,
  lang: string | undefined,
): Promise<Response> {
  const eventId = c.req.param("eventId") ?? "";
  const [detail] = await Promise.all([readEventDetail(c, eventId, lang), loadPageWords()]);
  const locale = negotiate([lang, detail.defaultLocale], publicLanguages).locale;
  const words = pageWords(locale, { isolateNames: false });
  const { event } = detail;
  const text = await postedFormText(c);
  if (typeof text !== "string") return refused(c, text, unreadBody[text], words, []);
  const params = new URLSearchParams(text);
  const questions = questionsFor(event, params.get("slotId") ?? undefined);
  const posted = readPostedForm(params, questions);
  const fillMs = Number(params.get("fillMs"));
  const body = toSignUpBody(posted, questions, {
    locale: words.locale,
    // Without a time, the bot check's "too fast" answers.
    fillMs: Number.isFinite(fillMs) ? fillMs : 0,
  });
  const problems = checkForm(body, event.slots, questions);
  if (problems) return refused(c, 422, problems, words, questions);
  const outcome = await signUpThroughApi(
    c,
    { organisationSlug: organisationSlug(c), eventId: event.id },
    body,
    c.req.header("Idempotency-Key") ?? "",
  );
  if (outcome.ok) {
    const html = renderSignedUp(outcome.registration, Boolean(body.email), words);
    // 201 booked; 200 a retry with the same key, answered as the first time.
    return replyToFirstScreen(c, html, outcome.status as ContentfulStatusCode);
  }
  if (outcome.retryAfter) c.header("Retry-After", outcome.retryAfter);
  return refused(c, outcome.status as ContentfulStatusCode, outcome.error, words, questions);
}
