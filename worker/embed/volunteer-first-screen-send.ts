import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { VolunteerResponse, VolunteerSignUp } from "../../schema/contracts/volunteers.js";
import { toLatinDigits } from "../../i18n/digits.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { refusalText } from "../event-pages/form-errors.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { postedFormText } from "../event-pages/posted-form-text.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationApi, writeThroughApi } from "../http/write-through-api.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import { readShifts } from "../volunteers/read-shifts.js";
import { shiftRoutes } from "../volunteers/public-routes.js";
import { renderRefusal } from "./first-screen-answer.js";
import { replyToFirstScreen, unreadBody } from "./first-screen-reply.js";
import {
  renderVolunteerRefusal,
  renderVolunteerSignedUp,
} from "./volunteer-first-screen-answer.js";

/** The public route a widget signs a volunteer up with, as the API runs it. */
const volunteerApi = organisationApi(shiftRoutes);

/** The form as the widget reads it (`widgets/volunteer/about-you.ts`): no declarations on it. */
function volunteerSignUp(form: URLSearchParams, locale: string): VolunteerSignUp {
  const text = (name: string) => toLatinDigits((form.get(name) ?? "").trim());
  return {
    name: text("name"),
    email: text("email") || null,
    phone: text("phone") || null,
    languages: form.getAll("languages"),
    declarations: { foodHygiene: false, drivingLicence: false, introduction: false, age: null },
    // An unticked box is sent as it is: the contract's words for it are the ones shown.
    consent: (form.get("consent") === "yes") as true,
    locale,
    shiftIds: form.getAll("shiftIds"),
  };
}

/**
 * A volunteer's sign-up sent on the worker's first screen of `<hearth-volunteer>` before the
 * widget's code has arrived (`POST …/shifts/first-screen`, the form's fields as a browser posts
 * them, with an `Idempotency-Key`): shifts whose roles ask for a declaration or an age are not
 * sent from there (the widget asks those questions), so the form carries none. Signed up through
 * the API's own route (`POST …/volunteers`: the same contract, website check, rate limit,
 * idempotency and batch as the widget's) and answered in HTML as the widget draws the outcome
 * (`volunteer-first-screen-answer.ts`): 201 (200 for a retry with the same key) signed up, or the
 * refusal's status with its words beside the shifts and fields it names.
 */
export async function sendVolunteerOnFirstScreen(
  c: Context<AppEnv>,
  query: { event?: string | undefined; lang?: string | undefined },
): Promise<Response> {
  const [shifts] = await Promise.all([readShifts(c, query), loadPageWords()]);
  const locale = negotiate([query.lang, shifts.defaultLocale], publicLanguages).locale;
  const words = pageWords(locale, { isolateNames: false });
  const refused = (status: ContentfulStatusCode, error: ErrorEnvelope["error"], html: string) =>
    replyToFirstScreen(c, html, status, error);
  const text = await postedFormText(c);
  if (typeof text !== "string") {
    const error = unreadBody[text];
    const html = renderRefusal({ status: text, error }, refusalText(error, words), []);
    return refused(text, error, html);
  }
  const body = volunteerSignUp(new URLSearchParams(text), words.locale);
  const outcome = await writeThroughApi<VolunteerResponse>(
    c,
    volunteerApi,
    `/api/v1/orgs/${encodeURIComponent(organisationSlug(c))}/volunteers`,
    body,
    { idempotencyKey: c.req.header("Idempotency-Key") ?? "" },
  );
  if (outcome.ok) {
    const { volunteer, manageUrl = "" } = outcome.body;
    const html = renderVolunteerSignedUp({ volunteer, manageUrl }, words);
    return replyToFirstScreen(c, html, outcome.status as ContentfulStatusCode);
  }
  if (outcome.retryAfter) c.header("Retry-After", outcome.retryAfter);
  const status = outcome.status as ContentfulStatusCode;
  const sent = body.shiftIds.flatMap((id) => shifts.shifts.find((shift) => shift.id === id) ?? []);
  const html = renderVolunteerRefusal(
    { status, error: outcome.error },
    sent,
    words,
    refusalText(outcome.error, words),
  );
  return refused(status, outcome.error, html);
}
