import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import { questionsFor } from "../../schema/rules/questions-asked.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { checkForm } from "../event-pages/form-checks.js";
import type { FormProblems } from "../event-pages/form-errors.js";
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
import type { SignedUpWords } from "./signup-first-screen-answer.js";
import { renderRefusal, renderSignedUp } from "./signup-first-screen-answer.js";

/** A sign-up form's answers as posted, read for the API: its body, the questions asked, what to fix. */
export interface PostedSignUp {
  body: SignUpBody;
  questions: readonly PublicQuestion[];
  /** Everything to fix at once, by the API's rules (`checkForm`); null when the API may have it. */
  problems: ErrorEnvelope["error"] | null;
}

/** A form on a first screen that books a place: how its answers are read, how its outcome is said. */
export interface FirstScreenSignUpForm {
  read: (params: URLSearchParams, event: PublicEvent, words: PageWords) => PostedSignUp;
  /** Its words for what to fix (default: an event's sign-up form's, `formProblems`). */
  problems?: (
    error: ErrorEnvelope["error"],
    questions: readonly PublicQuestion[],
    words: PageWords,
    event: PublicEvent,
  ) => FormProblems;
  /** How it words a booking (default: an event's sign-up form's). */
  signedUp?: SignedUpWords;
}

/** `<hearth-signup>`'s form: a time, the party, contact, needs and the event's questions. */
const eventSignUpForm: FirstScreenSignUpForm = {
  read(params, event, words) {
    const questions = questionsFor(event, params.get("slotId") ?? undefined);
    const body = toSignUpBody(readPostedForm(params, questions), questions, {
      locale: words.locale,
      fillMs: postedFillMs(params),
    });
    return { body, questions, problems: checkForm(body, event.slots, questions) };
  },
};

/** The time since the form showed, as the show code posts it; without one, "too fast" answers. */
export const postedFillMs = (params: URLSearchParams) => {
  const fillMs = Number(params.get("fillMs"));
  return Number.isFinite(fillMs) ? fillMs : 0;
};

/**
 * A sign-up sent on the worker's first screen of `<hearth-signup>` before the widget's code has
 * arrived (`POST …/events/:eventId/first-screen`, the form's fields as a browser posts them, with
 * `fillMs` and an `Idempotency-Key`) — or on another form's first screen that books a place
 * (`form`: a visit's group, host or interpreter form). Read and checked as an event's page reads
 * its form, then sent through the API's own sign-up route (`signUpThroughApi`): the same contract,
 * bot checks, website check, rate limits, idempotency and booking batch as the widget's. Answered
 * with HTML the show code puts in place (`signup-first-screen-answer.ts`): 201 with the
 * confirmation (200 for a retry with the same key), or the refusal's status with its words — 422
 * answers to fix (all of them at once), 409 a full time or a closed event, 429 too many tries,
 * 413/415 a body that is not such a form.
 */
export async function sendOnFirstScreen(
  c: Context<AppEnv>,
  lang: string | undefined,
  form: FirstScreenSignUpForm = eventSignUpForm,
): Promise<Response> {
  const eventId = c.req.param("eventId") ?? "";
  const [detail] = await Promise.all([readEventDetail(c, eventId, lang), loadPageWords()]);
  const locale = negotiate([lang, detail.defaultLocale], publicLanguages).locale;
  const words = pageWords(locale, { isolateNames: false });
  const { event } = detail;
  const describe = form.problems ?? formProblems;
  const refused = (
    status: ContentfulStatusCode,
    error: ErrorEnvelope["error"],
    questions: readonly PublicQuestion[],
  ) => {
    const html = renderRefusal({ status, error }, describe(error, questions, words, event), words);
    return replyToFirstScreen(c, html, status, error);
  };
  const text = await postedFormText(c);
  if (typeof text !== "string") return refused(text, unreadBody[text], []);
  const { body, questions, problems } = form.read(new URLSearchParams(text), event, words);
  if (problems) return refused(422, problems, questions);
  const outcome = await signUpThroughApi(
    c,
    { organisationSlug: organisationSlug(c), eventId: event.id },
    body,
    c.req.header("Idempotency-Key") ?? "",
  );
  if (outcome.ok) {
    const html = renderSignedUp(outcome.registration, Boolean(body.email), words, form.signedUp);
    // 201 booked; 200 a retry with the same key, answered as the first time.
    return replyToFirstScreen(c, html, outcome.status as ContentfulStatusCode);
  }
  if (outcome.retryAfter) c.header("Retry-After", outcome.retryAfter);
  return refused(outcome.status as ContentfulStatusCode, outcome.error, questions);
}
