import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../http/app-env.js";
import { renderEventPage } from "./event-page.js";
import type { FormProblems } from "./form-errors.js";
import { formProblems } from "./form-errors.js";
import { formShownAt, issueFormToken } from "./form-token.js";
import type { FormValues } from "./form-values.js";
import { readPostedForm, toSignUpBody } from "./form-values.js";
import type { LoadedEventPage } from "./load-event-page.js";
import { loadEventPage } from "./load-event-page.js";
import { confirmationPath, sendNotFound, sendPage } from "./page-response.js";
import { attendeeSlots, pageState } from "./page-state.js";
import { checkForm } from "./form-checks.js";
import { issueReceipt } from "./receipt.js";
import { signUpThroughApi } from "./signup-through-api.js";
import { extraHeadTags } from "./extra-head-tags.js";
import { postedFormText } from "./posted-form-text.js";
import { enhancesWithWidget } from "./signup-widget-html.js";

/** The questions of the page's form: for everyone, and for attendees. */
export const attendeeQuestions = (page: LoadedEventPage) =>
  page.event.questions.filter(
    (question) => question.audience === null || question.audience === "attendee",
  );

/** The page again, with the answers as sent and what is wrong with them. */
export function sendEventPage(
  c: Context<AppEnv>,
  page: LoadedEventPage,
  form: { values: FormValues; problems: FormProblems; token: string },
  status: ContentfulStatusCode,
  now: number,
): Promise<Response> {
  const state = pageState(page.event, now);
  const html = renderEventPage({
    event: page.event,
    organisation: page.organisation,
    origin: page.origin,
    state,
    words: page.words,
    links: page.links,
    form,
    extraHead: extraHeadTags(page.links),
  });
  return sendPage(c, html, status, {
    words: page.words,
    sendsForm: true,
    runsWidget: enhancesWithWidget(state, form.problems),
  });
}

/**
 * A sign-up sent from the page without JavaScript. It goes through the API's own route
 * (`signUpThroughApi`), so it is checked, deduplicated and booked exactly as the widget's.
 * Booked (or the same form sent again): 303 to the confirmation. Refused: the page again with
 * the answers kept, each problem beside its field — 422 for answers to fix, else the API's status
 * (409 full or closed, 429 too many tries, 403 a form posted from another website).
 */
export async function submitSignup(c: Context<AppEnv>): Promise<Response> {
  const now = Date.now();
  const page = await loadEventPage(c, now);
  if (!("event" in page)) return sendNotFound(c, page);
  const questions = attendeeQuestions(page);
  const text = await postedFormText(c);
  const secret = c.env.MANAGE_TOKEN_SECRET;
  const posted = readPostedForm(
    new URLSearchParams(typeof text === "string" ? text : ""),
    questions,
  );
  const shownAt = typeof text === "string" ? await formShownAt(secret, posted.token) : null;
  if (shownAt === null) {
    // Not a form this page gave (or not one at all): nothing was sent, so the form with a new token.
    const problems = {
      fields: {},
      form: page.words.t(text === 413 ? "errorTooLong" : "errorGeneric"),
    };
    const token = await issueFormToken(secret, now);
    const status = typeof text === "string" ? 422 : text;
    return sendEventPage(c, page, { values: posted.values, problems, token }, status, now);
  }
  const body = toSignUpBody(posted, questions, {
    locale: page.words.locale,
    fillMs: now - shownAt,
  });
  const state = pageState(page.event, now);
  const slots = state.kind === "open" ? state.slots : attendeeSlots(page.event);
  const problems = checkForm(body, slots, questions);
  if (problems) {
    const form = { values: posted.values, token: posted.token };
    return sendEventPage(
      c,
      page,
      { ...form, problems: formProblems(problems, questions, page.words) },
      422,
      now,
    );
  }
  const outcome = await signUpThroughApi(
    c,
    { organisationSlug: page.organisation.slug, eventId: page.event.id },
    body,
    posted.token,
  );
  if (outcome.ok) {
    const receipt = await issueReceipt(secret, outcome.registration.id, page.event.id, now);
    return c.redirect(confirmationPath(page.organisation.slug, page.event.id, receipt), 303);
  }
  const { error } = outcome;
  const fieldless = Object.keys(error.fields ?? {}).length === 0;
  if (error.code === "not_found" && fieldless) {
    return sendNotFound(c, { words: page.words, organisationSlug: page.organisation.slug });
  }
  const refusal = formProblems(error, questions, page.words);
  // A key already used for other answers: this is a new sign-up, so the form gets a new key.
  const reused = error.code === "idempotency_key_reused";
  const token = reused ? await issueFormToken(secret, now) : posted.token;
  const toFix = error.code === "validation_failed" || error.code === "party_too_large" || reused;
  if (outcome.retryAfter) c.header("Retry-After", outcome.retryAfter);
  // Refused for the places or the dates: show them as they are now.
  const shown = toFix ? page : await loadEventPage(c, now);
  return sendEventPage(
    c,
    "event" in shown ? shown : page,
    { values: posted.values, problems: refusal, token },
    toFix ? 422 : (outcome.status as ContentfulStatusCode),
    now,
  );
}
