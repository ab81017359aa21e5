import { toLatinDigits } from "../../i18n/digits.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import { signUpBodySchema } from "../../schema/contracts/registrations.js";
import { partyProblem } from "../../schema/rules/party.js";
import { serverIssues, wordIssues } from "../shared/answer-issues.js";
import { contractIssues } from "../shared/contract-issues.js";
import { signUpPaths } from "../shared/signup-paths.js";
import type { AnswerField } from "../signup/asked-questions.js";
import { hostSlots, roomFor, slotFor } from "../../schema/rules/visit-ways.js";

export type VisitField =
  | "slotId"
  | "adults"
  | "children"
  | "pickupPointId"
  | "languages"
  | "wheelchairPlaces"
  | "interpreterLanguage"
  | "accessibility"
  | "dietary"
  | "name"
  | "offer"
  | "phone"
  | "email"
  | "consent";

/** Form order, so the first invalid field is the one that gets focus. */
export const visitFields: readonly VisitField[] = [
  "slotId",
  "adults",
  "children",
  "pickupPointId",
  "languages",
  "wheelchairPlaces",
  "interpreterLanguage",
  "accessibility",
  "dietary",
  "name",
  "offer",
  "phone",
  "email",
  "consent",
];

/** Built-in fields by name; the organisers' questions by their path (`answers.<id>`). */
export type VisitErrors = Partial<Record<VisitField | AnswerField, MessageKey>>;

/** What the form says, before the locale and bot checks are added. */
export type VisitAnswers = Omit<SignUpBody, "locale" | "website" | "fillMs">;

export interface Checked {
  errors: VisitErrors;
  answers: VisitAnswers;
}

const text = (data: FormData, name: string) => toLatinDigits(String(data.get(name) ?? "").trim());
const optional = (value: string) => value || null;
const count = (value: string, fallback: number) => (value === "" ? fallback : Number(value));

/** Each contract path the visit forms show, as its field and its words when refused. */
const known: Readonly<Record<string, readonly [VisitField, MessageKey]>> = {
  ...signUpPaths,
  slotId: ["slotId", "errorStop"],
  pickupPointId: ["pickupPointId", "errorPickup"],
  languages: ["languages", "errorLanguages"],
  wheelchairPlaces: ["wheelchairPlaces", "errorWheelchair"],
  offer: ["offer", "errorOffer"],
};

/**
 * The API's own rules for what a visit form would send (the sign-up contract: a name, a
 * reachable contact if given, whole numbers, lengths, consent), in the reader's words.
 */
function contractErrors(data: FormData, answers: VisitAnswers): VisitErrors {
  const body = { ...answers, locale: "en", fillMs: 0, consent: data.get("consent") === "yes" };
  return wordIssues(contractIssues(signUpBodySchema, body), known, "errorTooLong");
}

function common(data: FormData) {
  return {
    name: text(data, "name"),
    email: optional(text(data, "email")),
    phone: optional(text(data, "phone")),
    consent: true as const,
  };
}

/** Seats for a group or family: the party counts against the bus's seats. */
export function checkGroup(data: FormData, visit: PublicEvent): Checked {
  const slot = slotFor(visit, "visitor");
  const adults = count(text(data, "adults"), 0);
  const children = count(text(data, "children"), 0);
  const pickupPointId = text(data, "pickupPointId");
  const wheelchairs = count(text(data, "wheelchairPlaces"), 0);
  const answers: VisitAnswers = {
    ...common(data),
    slotId: slot?.id ?? "",
    adults,
    children,
    pickupPointId: optional(pickupPointId),
    languages: data.getAll("languages").map(String),
    wheelchairPlaces: wheelchairs,
    needs: {
      interpreterLanguage: optional(text(data, "interpreterLanguage")),
      accessibility: optional(text(data, "accessibility")),
      dietary: optional(text(data, "dietary")),
    },
  };
  const errors = contractErrors(data, answers);
  if (!slot) errors.slotId = "errorClosed";
  const party = adults + children;
  if (!errors.adults && !errors.children) {
    // A party the places cannot take may still fit the waitlist.
    const room = slot ? roomFor(slot) : null;
    const problem = partyProblem(adults, children, room);
    if (problem === "empty") errors.adults = "errorPeople";
    if (problem === "too_large") errors.adults = "errorPartyTooLarge";
  }
  if (
    visit.pickupPoints.length > 0 &&
    !visit.pickupPoints.some((point) => point.id === pickupPointId)
  ) {
    errors.pickupPointId = "errorPickup";
  }
  if (!errors.wheelchairPlaces && !errors.adults && wheelchairs > party) {
    errors.wheelchairPlaces = "errorWheelchair";
  }
  return { errors, answers };
}

/** A resident or organisation meeting the group at one stop, saying what they offer. */
export function checkHost(data: FormData, visit: PublicEvent): Checked {
  const slotId = text(data, "slotId");
  const adults = count(text(data, "adults"), 1);
  const answers: VisitAnswers = {
    ...common(data),
    slotId,
    adults,
    children: 0,
    offer: text(data, "offer"),
  };
  const errors = contractErrors(data, answers);
  const stop = hostSlots(visit).find(({ slot }) => slot.id === slotId)?.slot;
  if (!stop) errors.slotId = "errorStop";
  if (!text(data, "offer")) errors.offer = "errorOffer";
  if (!errors.adults) {
    // As many as the stop can still take (its places, or its waitlist's).
    const problem = partyProblem(adults, 0, stop ? roomFor(stop) : null);
    if (problem === "empty") errors.adults = "errorPeople";
    if (problem === "too_large") errors.adults = "errorPartyTooLarge";
  }
  return { errors, answers };
}

/** A volunteer interpreter, with the languages they interpret between. */
export function checkInterpreter(data: FormData, visit: PublicEvent): Checked {
  const slot = slotFor(visit, "interpreter");
  const languages = data.getAll("languages").map(String);
  const answers: VisitAnswers = {
    ...common(data),
    slotId: slot?.id ?? "",
    adults: 1,
    children: 0,
    languages,
  };
  const errors = contractErrors(data, answers);
  if (!slot) errors.slotId = "errorClosed";
  if (languages.length === 0) errors.languages = "errorLanguages";
  return { errors, answers };
}

/** The API names fields by path and explains in English; we show our translated words instead. */
export function fromServerFields(serverFields: Readonly<Record<string, string>>): VisitErrors {
  return wordIssues(serverIssues(serverFields), known, "errorTooLong");
}
