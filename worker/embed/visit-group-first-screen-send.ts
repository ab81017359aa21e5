import type { FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import { partyProblem } from "../../schema/rules/party.js";
import { roomFor, slotFor, wayQuestions } from "../../schema/rules/visit-ways.js";
import { toLatinDigits } from "../../i18n/digits.js";
import { checkForm } from "../event-pages/form-checks.js";
import { readPostedForm, toSignUpBody } from "../event-pages/form-values.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { postedFillMs } from "./signup-first-screen-send.js";
import { visitFormProblems } from "./visit-form-parts.js";
import { wayPlacesOr404 } from "./visit-way-places.js";

/*
 * A visit's group form sent on its first screen (`POST …/visits/:eventId/group-form/first-screen`),
 * as `sendOnFirstScreen` sends an event's sign-up form: read as the widget reads it
 * (`checkGroup`, `widgets/visits/visit-validate.ts`) — the visitors' seats, the party, where the
 * bus picks the group up, the languages, wheelchair places, needs and the organisers' questions
 * for groups — checked by the API's rules all at once, then booked by the API's own sign-up route.
 */

/** A count as people type it ("٢"); what is not a number stays one the contract refuses. */
const count = (text: string | null) => {
  const typed = toLatinDigits((text ?? "").trim());
  return typed === "" ? 0 : Number(typed);
};

/**
 * The group form's own rules, as the widget's `checkGroup` says them, with the contract's (not
 * after them): the party against the seats it can still take (places or the waitlist), a pick-up
 * point of the visit, and no more wheelchair places than people (`worker/visits/visit-answers.ts`).
 */
function groupProblems(
  visit: PublicEvent,
  seats: PublicSlot,
  answers: {
    adults: number;
    children: number;
    pickupPointId: string | null;
    wheelchairPlaces: number;
  },
): Record<string, FieldIssue> {
  const problems: Record<string, FieldIssue> = {};
  const { adults, children, pickupPointId } = answers;
  const counted = Number.isInteger(adults) && Number.isInteger(children);
  const party = counted ? partyProblem(adults, children, roomFor(seats)) : null;
  if (party) problems.adults = { code: party === "empty" ? "party_empty" : "party_too_large" };
  if (
    visit.pickupPoints.length > 0 &&
    !visit.pickupPoints.some((point) => point.id === pickupPointId)
  )
    problems.pickupPointId = { code: pickupPointId ? "invalid_choice" : "pickup_required" };
  if (counted && !party && answers.wheelchairPlaces > adults + children)
    problems.wheelchairPlaces = { code: "wheelchair_too_many" };
  return problems;
}

export const visitGroupForm: FirstScreenSignUpForm = {
  read(params, visit, words) {
    const questions = wayQuestions(visit, "visitor");
    const posted = readPostedForm(params, questions);
    const [seats] = wayPlacesOr404(visit, "visitor");
    posted.values.slotId = seats.id;
    const pickupPointId = params.get("pickupPointId") || null;
    const wheelchairPlaces = count(params.get("wheelchairPlaces"));
    const body = {
      ...toSignUpBody(posted, questions, { locale: words.locale, fillMs: postedFillMs(params) }),
      pickupPointId,
      languages: params.getAll("languages"),
      wheelchairPlaces,
    };
    const own = groupProblems(visit, seats, {
      adults: body.adults,
      children: body.children ?? 0,
      pickupPointId,
      wheelchairPlaces,
    });
    const problems = checkForm(body, visit.slots, questions, own);
    return { body, questions, problems };
  },
  // A group too large for the seats left is told how many there are, as the widget tells it.
  problems(error, questions, words, visit) {
    const problems = visitFormProblems("visitor", error, questions, words);
    const seats = slotFor(visit, "visitor")?.remaining ?? 0;
    if (error.fieldCodes?.adults?.code === "party_too_large")
      problems.fields.adults = words.plural("errorSeats", seats);
    return problems;
  },
  signedUp: { confirmedLabel: "visitConfirmed", headingLevel: 4 },
};
