import { toLatinDigits } from "../../i18n/digits.js";
import type { AnswerValue, PublicQuestion } from "../../schema/contracts/questions.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";

/**
 * What the page's form holds, as typed: sent back unchanged with the errors, so nobody types an
 * answer twice. Field names are the widget's (`widgets/signup/answers.ts`); the organisers'
 * questions are `answers.<questionId>`, as the API names them in its errors.
 */
export interface FormValues {
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
  /** By question id: the text typed, or the choices ticked. */
  answers: Record<string, string | string[]>;
}

export const answerFieldName = (question: Pick<PublicQuestion, "id">) => `answers.${question.id}`;

/** A fresh form: one adult, as the widget starts. */
export function emptyFormValues(): FormValues {
  return {
    slotId: "",
    adults: "1",
    children: "0",
    name: "",
    email: "",
    phone: "",
    interpreterLanguage: "",
    accessibility: "",
    dietary: "",
    consent: false,
    answers: {},
  };
}

/** A posted form: its answers, the bots' trap and the token the page gave it. */
export interface PostedForm {
  values: FormValues;
  website: string;
  token: string;
}

export function readPostedForm(
  params: URLSearchParams,
  questions: readonly PublicQuestion[],
): PostedForm {
  const text = (name: string) => (params.get(name) ?? "").trim();
  const answers: FormValues["answers"] = {};
  for (const question of questions) {
    const name = answerFieldName(question);
    if (question.kind === "many_choices") answers[question.id] = params.getAll(name);
    else answers[question.id] = text(name);
  }
  return {
    values: {
      slotId: text("slotId"),
      adults: text("adults"),
      children: text("children"),
      name: text("name"),
      email: text("email"),
      phone: text("phone"),
      interpreterLanguage: text("interpreterLanguage"),
      accessibility: text("accessibility"),
      dietary: text("dietary"),
      consent: params.get("consent") === "yes",
      answers,
    },
    website: params.get("website") ?? "",
    token: text("form"),
  };
}

/**
 * A count as people type it ("٢", "2 "); what is not a number stays one the contract refuses
 * (JSON writes NaN as null), so the error lands beside the field.
 */
const count = (text: string) => (text === "" ? 0 : Number(toLatinDigits(text)));

/** An answer as the API takes it; unanswered questions are left out, as the widget leaves them. */
function answerValue(question: PublicQuestion, typed: string | string[]): AnswerValue | undefined {
  if (Array.isArray(typed)) return typed.length > 0 ? typed : undefined;
  if (typed === "") return undefined;
  if (question.kind === "yes_no") return typed === "yes";
  if (question.kind === "number") return Number(toLatinDigits(typed).replace(",", "."));
  return typed;
}

/** The sign-up as the widget sends it (`toBody`), for the API's own contract to check. */
export function toSignUpBody(
  posted: PostedForm,
  questions: readonly PublicQuestion[],
  context: { locale: string; fillMs: number },
): SignUpBody {
  const { values } = posted;
  // Every built-in answer with Arabic or Persian digits as Latin ones, as the widget reads its
  // form (`widgets/signup/answers.ts`): a phone, a room number in the needs, an email.
  const optional = (value: string) => toLatinDigits(value) || null;
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = answerValue(question, values.answers[question.id] ?? "");
    if (value !== undefined) answers[question.id] = value;
  }
  return {
    slotId: values.slotId,
    adults: count(values.adults),
    children: count(values.children),
    name: toLatinDigits(values.name),
    email: optional(values.email),
    phone: optional(values.phone),
    locale: context.locale,
    needs: {
      interpreterLanguage: optional(values.interpreterLanguage),
      accessibility: optional(values.accessibility),
      dietary: optional(values.dietary),
    },
    answers,
    // An unticked box is sent as it is: the contract's words for it are the ones shown.
    consent: values.consent as true,
    website: posted.website,
    fillMs: Math.round(context.fillMs),
  };
}
