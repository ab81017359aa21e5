import { toLatinDigits } from "../../i18n/digits.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import { email, phone, wholeNumber } from "../signup/validate.js";
import { hostSlots, slotFor } from "./visit-slots.js";

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

export type VisitErrors = Partial<Record<VisitField, MessageKey>>;

/** What the form says, before the locale and bot checks are added. */
export type VisitAnswers = Omit<SignUpBody, "locale" | "website" | "fillMs">;

export interface Checked {
  errors: VisitErrors;
  answers: VisitAnswers;
}

const text = (data: FormData, name: string) => toLatinDigits(String(data.get(name) ?? "").trim());
const optional = (value: string) => value || null;
const count = (value: string, fallback: number) => (value === "" ? fallback : Number(value));

const maxLength: Partial<Record<VisitField, number>> = {
  name: 80,
  email: 254,
  offer: 500,
  interpreterLanguage: 40,
  accessibility: 500,
  dietary: 500,
};

/** The rules every visit form shares: a name, a reachable contact if given, consent, lengths. */
function checkCommon(data: FormData, errors: VisitErrors): void {
  if (!text(data, "name")) errors.name = "errorName";
  const mail = text(data, "email");
  if (mail && !email.test(mail)) errors.email = "errorEmail";
  const tel = text(data, "phone");
  if (tel && !phone.test(tel)) errors.phone = "errorPhone";
  for (const [field, max] of Object.entries(maxLength) as [VisitField, number][]) {
    if (text(data, field).length > max) errors[field] ??= "errorTooLong";
  }
  if (data.get("consent") !== "yes") errors.consent = "errorConsent";
}

function checkCount(data: FormData, field: VisitField, errors: VisitErrors): void {
  const value = text(data, field) || "0";
  if (!wholeNumber.test(value) || Number(value) > 50) errors[field] = "errorNumber";
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
  const errors: VisitErrors = {};
  const slot = slotFor(visit, "visitor");
  if (!slot) errors.slotId = "errorClosed";
  checkCount(data, "adults", errors);
  checkCount(data, "children", errors);
  const adults = count(text(data, "adults"), 0);
  const children = count(text(data, "children"), 0);
  const party = adults + children;
  if (!errors.adults && !errors.children) {
    if (party < 1) errors.adults = "errorPeople";
    else if (slot && party > slot.remaining && party > slot.waitlistRemaining) {
      errors.adults = "errorPartyTooLarge";
    }
  }
  const pickupPointId = text(data, "pickupPointId");
  if (
    visit.pickupPoints.length > 0 &&
    !visit.pickupPoints.some((point) => point.id === pickupPointId)
  ) {
    errors.pickupPointId = "errorPickup";
  }
  const wheelchairs = text(data, "wheelchairPlaces") || "0";
  if (!wholeNumber.test(wheelchairs) || (!errors.adults && Number(wheelchairs) > party)) {
    errors.wheelchairPlaces = "errorWheelchair";
  }
  checkCommon(data, errors);
  return {
    errors,
    answers: {
      ...common(data),
      slotId: slot?.id ?? "",
      adults,
      children,
      pickupPointId: optional(pickupPointId),
      languages: data.getAll("languages").map(String),
      wheelchairPlaces: Number(wheelchairs),
      needs: {
        interpreterLanguage: optional(text(data, "interpreterLanguage")),
        accessibility: optional(text(data, "accessibility")),
        dietary: optional(text(data, "dietary")),
      },
    },
  };
}

/** A resident or organisation meeting the group at one stop, saying what they offer. */
export function checkHost(data: FormData, visit: PublicEvent): Checked {
  const errors: VisitErrors = {};
  const slotId = text(data, "slotId");
  if (!hostSlots(visit).some(({ slot }) => slot.id === slotId)) errors.slotId = "errorStop";
  if (!text(data, "offer")) errors.offer = "errorOffer";
  checkCount(data, "adults", errors);
  const adults = count(text(data, "adults"), 1);
  if (!errors.adults && adults < 1) errors.adults = "errorPeople";
  checkCommon(data, errors);
  return {
    errors,
    answers: { ...common(data), slotId, adults, children: 0, offer: text(data, "offer") },
  };
}

/** A volunteer interpreter, with the languages they interpret between. */
export function checkInterpreter(data: FormData, visit: PublicEvent): Checked {
  const errors: VisitErrors = {};
  const slot = slotFor(visit, "interpreter");
  if (!slot) errors.slotId = "errorClosed";
  const languages = data.getAll("languages").map(String);
  if (languages.length === 0) errors.languages = "errorLanguages";
  checkCommon(data, errors);
  return {
    errors,
    answers: { ...common(data), slotId: slot?.id ?? "", adults: 1, children: 0, languages },
  };
}

const serverFieldMessages: Record<string, [VisitField, MessageKey]> = {
  slotId: ["slotId", "errorStop"],
  adults: ["adults", "errorNumber"],
  children: ["children", "errorNumber"],
  pickupPointId: ["pickupPointId", "errorPickup"],
  languages: ["languages", "errorLanguages"],
  wheelchairPlaces: ["wheelchairPlaces", "errorWheelchair"],
  offer: ["offer", "errorOffer"],
  name: ["name", "errorName"],
  email: ["email", "errorEmail"],
  phone: ["phone", "errorPhone"],
  "needs.interpreterLanguage": ["interpreterLanguage", "errorTooLong"],
  "needs.accessibility": ["accessibility", "errorTooLong"],
  "needs.dietary": ["dietary", "errorTooLong"],
  consent: ["consent", "errorConsent"],
};

/** The API names fields by path and explains in English; we show our translated words instead. */
export function fromServerFields(serverFields: Readonly<Record<string, string>>): VisitErrors {
  const errors: VisitErrors = {};
  for (const path of Object.keys(serverFields)) {
    const known = serverFieldMessages[path];
    if (known) errors[known[0]] = known[1];
  }
  return errors;
}
