import { toLatinDigits } from "../../i18n/digits.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import { signUpBodySchema } from "../../schema/contracts/registrations.js";
import { partyProblem } from "../../schema/rules/party.js";
import { contractIssues, serverIssues, wordIssues } from "../shared/contract-issues.js";
import { signUpPaths, type SignUpField } from "../shared/signup-paths.js";
import type { MessageKey } from "../i18n/messages.js";

export type Field = "slotId" | SignUpField;

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

/** Each contract path the form shows, as its field and its words when refused. */
const known: Readonly<Record<string, readonly [Field, MessageKey]>> = {
  slotId: ["slotId", "errorSlot"],
  ...signUpPaths,
};

/**
 * The API's own rules (the sign-up contract, checked here first so people get answers in their
 * language), then what only this event can say: the time is one of its times and the party fits.
 */
export function validate(answers: Answers, event: PublicEvent): FieldErrors {
  const body = { ...toBody(answers, "en", "", 0), consent: answers.consent };
  const errors = wordIssues(contractIssues(signUpBodySchema, body), known, "errorTooLong");
  const slot = event.slots.find((candidate) => candidate.id === answers.slotId);
  if (!slot) errors.slotId = "errorSlot";
  if (!errors.adults && !errors.children) {
    const problem = partyProblem(body.adults, body.children ?? 0, slot?.capacity ?? null);
    if (problem === "empty") errors.adults = "errorPeople";
    if (problem === "too_large") errors.adults = "errorPartyTooLarge";
  }
  return errors;
}

/** The API names fields by path and explains in English; we show our translated words instead. */
export function fromServerFields(serverFields: Readonly<Record<string, string>>): FieldErrors {
  return wordIssues(serverIssues(serverFields), known, "errorTooLong");
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
