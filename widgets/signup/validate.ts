import { toLatinDigits } from "../../i18n/digits.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";

export type Field =
  | "slotId"
  | "adults"
  | "children"
  | "name"
  | "email"
  | "phone"
  | "interpreterLanguage"
  | "accessibility"
  | "dietary"
  | "consent";

/** Form order, so the first invalid field is the one that gets focus. */
export const fields: readonly Field[] = [
  "slotId",
  "adults",
  "children",
  "name",
  "email",
  "phone",
  "interpreterLanguage",
  "accessibility",
  "dietary",
  "consent",
];

export type FieldErrors = Partial<Record<Field, MessageKey>>;

export interface Answers {
  slotId: string;
  adults: string;
  children: string;
  name: string;
  email: string;
  phone: string;
  interpreterLanguage: string;
  accessibility: string;
  dietary: string;
  consent: boolean;
}

export function readAnswers(form: HTMLFormElement): Answers {
  const data = new FormData(form);
  const text = (name: string) => toLatinDigits(String(data.get(name) ?? "").trim());
  return {
    slotId: text("slotId"),
    adults: text("adults"),
    children: text("children"),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    interpreterLanguage: text("interpreterLanguage"),
    accessibility: text("accessibility"),
    dietary: text("dietary"),
    consent: data.get("consent") === "yes",
  };
}

/* Exported so the visit forms apply the very same rules. */
export const wholeNumber = /^\d{1,2}$/;
export const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const phone = /^\+?[0-9 ()-]{6,20}$/;
const maxLength: Partial<Record<Field, number>> = {
  name: 80,
  email: 254,
  interpreterLanguage: 40,
  accessibility: 500,
  dietary: 500,
};

/** The same rules the API applies, checked first so people get answers in their own language. */
export function validate(answers: Answers, event: PublicEvent): FieldErrors {
  const errors: FieldErrors = {};
  if (!event.slots.some((slot) => slot.id === answers.slotId)) errors.slotId = "errorSlot";
  for (const field of ["adults", "children"] as const) {
    const value = answers[field] || "0";
    if (!wholeNumber.test(value) || Number(value) > 50) errors[field] = "errorNumber";
  }
  const party = Number(answers.adults) + Number(answers.children);
  const slot = event.slots.find((candidate) => candidate.id === answers.slotId);
  if (!errors.adults && !errors.children && party < 1) errors.adults = "errorPeople";
  else if (!errors.adults && !errors.children && slot && party > slot.capacity) {
    errors.adults = "errorPartyTooLarge";
  }
  if (!answers.name) errors.name = "errorName";
  if (answers.email && !email.test(answers.email)) errors.email = "errorEmail";
  if (answers.phone && !phone.test(answers.phone)) errors.phone = "errorPhone";
  for (const [field, max] of Object.entries(maxLength) as [Field, number][]) {
    const value = answers[field];
    if (typeof value === "string" && value.length > max) errors[field] = "errorTooLong";
  }
  if (!answers.consent) errors.consent = "errorConsent";
  return errors;
}

const serverFieldMessages: Record<string, [Field, MessageKey]> = {
  slotId: ["slotId", "errorSlot"],
  adults: ["adults", "errorNumber"],
  children: ["children", "errorNumber"],
  name: ["name", "errorName"],
  email: ["email", "errorEmail"],
  phone: ["phone", "errorPhone"],
  "needs.interpreterLanguage": ["interpreterLanguage", "errorTooLong"],
  "needs.accessibility": ["accessibility", "errorTooLong"],
  "needs.dietary": ["dietary", "errorTooLong"],
  consent: ["consent", "errorConsent"],
};

/** The API names fields by path and explains in English; we show our translated words instead. */
export function fromServerFields(serverFields: Readonly<Record<string, string>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const path of Object.keys(serverFields)) {
    const known = serverFieldMessages[path];
    if (known) errors[known[0]] = known[1];
  }
  return errors;
}

export function toBody(
  answers: Answers,
  locale: string,
  website: string,
  fillMs: number,
): SignUpBody {
  const optional = (value: string) => value || null;
  return {
    slotId: answers.slotId,
    adults: Number(answers.adults || 0),
    children: Number(answers.children || 0),
    name: answers.name,
    email: optional(answers.email),
    phone: optional(answers.phone),
    locale,
    needs: {
      interpreterLanguage: optional(answers.interpreterLanguage),
      accessibility: optional(answers.accessibility),
      dietary: optional(answers.dietary),
    },
    consent: true,
    website,
    fillMs: Math.round(fillMs),
  };
}
