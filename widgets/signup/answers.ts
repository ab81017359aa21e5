import { toLatinDigits } from "../../i18n/digits.js";
import type { AnswerValue, PublicQuestion } from "../../schema/contracts/questions.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import { serverIssues, wordIssues } from "../shared/answer-issues.js";
import { signUpPaths, type SignUpField } from "../shared/signup-paths.js";
import type { MessageKey } from "../i18n/messages.js";
import type { AnswerField } from "./asked-questions.js";
import { answerField } from "./asked-questions.js";

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

/** Form order with the organisers' questions, which come after the needs and before consent. */
export function formOrder(questions: readonly PublicQuestion[]): string[] {
  const builtIn = fields.filter((field) => field !== "consent");
  return [...builtIn, ...questions.map(answerField), "consent"];
}

export type FieldErrors = Partial<Record<Field | AnswerField, MessageKey>>;

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
  /** Answers to the organisers' questions shown, by question id; unanswered ones left out. */
  questions: Record<string, AnswerValue>;
}

/**
 * What the form holds, with the answers to the organisers' questions (`readQuestions`, given the
 * chosen time, reads those it asks).
 */
export function readAnswers(
  form: HTMLFormElement,
  readQuestions: (slotId: string) => Record<string, AnswerValue>,
): Answers {
  const data = new FormData(form);
  const text = (name: string) => toLatinDigits(String(data.get(name) ?? "").trim());
  const slotId = text("slotId");
  return {
    slotId,
    adults: text("adults"),
    children: text("children"),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    interpreterLanguage: text("interpreterLanguage"),
    accessibility: text("accessibility"),
    dietary: text("dietary"),
    consent: data.get("consent") === "yes",
    questions: readQuestions(slotId),
  };
}

/** Each contract path the form shows, as its field and its words when refused. */
export const known: Readonly<Record<string, readonly [Field, MessageKey]>> = {
  slotId: ["slotId", "errorSlot"],
  ...signUpPaths,
};

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
    answers: answers.questions,
    consent: true,
    website,
    fillMs: Math.round(fillMs),
  };
}
