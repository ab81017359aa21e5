import type { FieldIssue } from "../../schema/contracts/errors.js";
import { roomFor, wayQuestions } from "../../schema/rules/visit-ways.js";
import { partyProblem } from "../../schema/rules/party.js";
import { toLatinDigits } from "../../i18n/digits.js";
import { checkForm } from "../event-pages/form-checks.js";
import { readPostedForm, toSignUpBody } from "../event-pages/form-values.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { postedFillMs } from "./signup-first-screen-send.js";
import { wayPlacesOr404 } from "./visit-way-places.js";
import { visitFormProblems } from "./visit-form-parts.js";

/*
 * A visit's host and interpreter forms sent on their first screens
 * (`POST …/visits/:eventId/host-form/first-screen`, `…/interpreter-form/first-screen`), as the
 * group form is sent (`visit-group-first-screen-send.ts`): read as the widget reads them
 * (`checkHost`, `checkInterpreter`, `widgets/visits/visit-validate.ts`), the form's own rules
 * checked with the contract's, then booked by the API's own sign-up route.
 */

const text = (params: URLSearchParams, name: string) =>
  toLatinDigits((params.get(name) ?? "").trim());

export const visitHostForm: FirstScreenSignUpForm = {
  read(params, visit, words) {
    const stops = wayPlacesOr404(visit, "host");
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
    // A stop of the visit to host, what they offer the group (`worker/visits/visit-answers.ts`),
    // and no more of them than the stop can still take, as the widget's `checkHost` says.
    const own: Record<string, FieldIssue> = {};
    const stop = stops.find((place) => place.id === body.slotId);
    if (!stop) own.slotId = { code: body.slotId ? "invalid_choice" : "required" };
    if (!offer) own.offer = { code: "offer_required" };
    const party = Number.isInteger(body.adults)
      ? partyProblem(body.adults, 0, stop ? roomFor(stop) : null)
      : null;
    if (party) own.adults = { code: party === "empty" ? "party_empty" : "party_too_large" };
    return { body, questions, problems: checkForm(body, visit.slots, questions, own) };
  },
  problems: (error, questions, words) => visitFormProblems("host", error, questions, words),
  signedUp: { confirmedLabel: "hostConfirmed", headingLevel: 4 },
};

export const visitInterpreterForm: FirstScreenSignUpForm = {
  read(params, visit, words) {
    const [places] = wayPlacesOr404(visit, "interpreter");
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
  problems: (error, questions, words) => visitFormProblems("interpreter", error, questions, words),
  signedUp: { confirmedLabel: "interpreterConfirmed", headingLevel: 4 },
};
