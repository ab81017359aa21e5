import type { FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import { hostSlots, slotFor, wayQuestions } from "../../schema/rules/visit-ways.js";
import { toLatinDigits } from "../../i18n/digits.js";
import { checkForm } from "../event-pages/form-checks.js";
import { formProblems } from "../event-pages/form-errors.js";
import { readPostedForm, toSignUpBody } from "../event-pages/form-values.js";
import { ApiError } from "../http/errors.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { postedFillMs } from "./signup-first-screen-send.js";

/*
 * A visit's host and interpreter forms sent on their first screens
 * (`POST …/visits/:eventId/host-form/first-screen`, `…/interpreter-form/first-screen`), as the
 * group form is sent (`visit-group-first-screen-send.ts`): read as the widget reads them
 * (`checkHost`, `checkInterpreter`, `widgets/visits/visit-validate.ts`), the form's own rules
 * checked with the contract's, then booked by the API's own sign-up route.
 */

/** The visit's places for hosts, each at a stop; a visit without them has no host form: 404. */
export function hostPlaces(visit: PublicEvent): PublicSlot[] {
  const places = hostSlots(visit).map(({ slot }) => slot);
  if (places.length > 0) return places;
  throw new ApiError(
    404,
    "not_found",
    "This event has no places for hosts: only a host-community visit with a stop to host has a host form.",
  );
}

/** The visit's places for interpreters; a visit without them has no interpreter form: 404. */
export function interpreterPlaces(visit: PublicEvent): PublicSlot {
  const places = slotFor(visit, "interpreter");
  if (places) return places;
  throw new ApiError(
    404,
    "not_found",
    "This event has no places for interpreters: only a host-community visit has an interpreter form.",
  );
}

const text = (params: URLSearchParams, name: string) =>
  toLatinDigits((params.get(name) ?? "").trim());

export const visitHostForm: FirstScreenSignUpForm = {
  read(params, visit, words) {
    const stops = hostPlaces(visit);
    const questions = wayQuestions(visit, "host");
    const posted = readPostedForm(params, questions);
    // One of them, as the form starts; and never a group's children.
    posted.values.adults ||= "1";
    posted.values.children = "0";
    const offer = text(params, "offer");
    const body = {
      ...toSignUpBody(posted, questions, { locale: words.locale, fillMs: postedFillMs(params) }),
      offer,
    };
    // A stop of the visit to host, and what they offer the group (`worker/visits/visit-answers.ts`).
    const own: Record<string, FieldIssue> = {};
    if (!stops.some((place) => place.id === body.slotId))
      own.slotId = { code: body.slotId ? "invalid_choice" : "required" };
    if (!offer) own.offer = { code: "offer_required" };
    return { body, questions, problems: checkForm(body, visit.slots, questions, own) };
  },
  // The place refused is a stop: "Choose the stop you will host", as the widget says it.
  problems(error, questions, words) {
    const problems = formProblems(error, questions, words);
    if (problems.fields.slotId) problems.fields.slotId = words.t("errorStop");
    return problems;
  },
  signedUp: { confirmedLabel: "hostConfirmed", headingLevel: 4 },
};

export const visitInterpreterForm: FirstScreenSignUpForm = {
  read(params, visit, words) {
    const places = interpreterPlaces(visit);
    const questions = wayQuestions(visit, "interpreter");
    const posted = readPostedForm(params, questions);
    Object.assign(posted.values, { slotId: places.id, adults: "1", children: "0" });
    const languages = params.getAll("languages");
    const body = {
      ...toSignUpBody(posted, questions, { locale: words.locale, fillMs: postedFillMs(params) }),
      languages,
    };
    const own: Record<string, FieldIssue> =
      languages.length === 0 ? { languages: { code: "languages_required" } } : {};
    return { body, questions, problems: checkForm(body, visit.slots, questions, own) };
  },
  signedUp: { confirmedLabel: "interpreterConfirmed", headingLevel: 4 },
};
