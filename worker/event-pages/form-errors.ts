import type { ErrorEnvelope, FieldCode } from "../../schema/contracts/errors.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import { answerFieldName } from "./form-values.js";
import type { PageKey, PageWords } from "./page-words.js";

/** What went wrong with a sent form, in the reader's words: beside fields, or for the whole form. */
export interface FormProblems {
  /** Field name on the form → the words shown beside it. */
  fields: Record<string, string>;
  /** Said above the form when nothing beside a field says it. */
  form?: string;
}

/** The API's field paths → the page's field names and their words (`widgets/shared/signup-paths.ts`). */
const fieldWords: Readonly<Record<string, readonly [string, PageKey]>> = {
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
  // A visit's group, host and interpreter forms (`worker/embed/visit-*-first-screen-send.ts`).
  pickupPointId: ["pickupPointId", "errorPickup"],
  wheelchairPlaces: ["wheelchairPlaces", "errorWheelchair"],
  languages: ["languages", "errorLanguages"],
  offer: ["offer", "errorOffer"],
};

/** A refused answer to an organiser's question, as the widget words it (`question-answers.ts`). */
function answerWords(question: PublicQuestion, code: FieldCode | undefined): PageKey {
  switch (code) {
    case "required":
      return "questionErrorRequired";
    case "too_long":
      return "errorTooLong";
    case "control_characters":
      return "questionErrorCharacters";
    case "invalid_choice":
      return "questionErrorChoice";
    default:
      return question.kind === "number" ? "questionErrorNumber" : "questionErrorCheck";
  }
}

/** The words for one refused field: its own, unless the code says something more precise. */
function fieldText(path: string, code: FieldCode | undefined, words: PageWords): string | null {
  const entry = fieldWords[path];
  if (!entry) return null;
  if (code === "party_empty") return words.t("errorPeople");
  if (code === "party_too_large") return words.t("errorPartyTooLarge");
  if (code === "too_long") return words.t("errorTooLong");
  if (code === "control_characters") return words.t("questionErrorCharacters");
  return words.t(entry[1]);
}

/**
 * The API's refusal as the page shows it: each field the API names, beside that field; a bot
 * check, a full time or a closed event above the form. Same codes, same words as the widget.
 */
export function formProblems(
  error: ErrorEnvelope["error"],
  questions: readonly PublicQuestion[],
  words: PageWords,
): FormProblems {
  const fields: Record<string, string> = {};
  const codes = error.fieldCodes ?? {};
  for (const path of Object.keys(error.fields ?? {})) {
    const code = codes[path]?.code;
    const question = questions.find((candidate) => answerFieldName(candidate) === path);
    const text = question ? words.t(answerWords(question, code)) : fieldText(path, code, words);
    if (text) fields[fieldWords[path]?.[0] ?? path] = text;
  }
  if (Object.keys(fields).length > 0) return { fields };
  return { fields, form: refusalText(error, words) };
}

/** Why a refusal with no field to fix was refused, in the reader's words (as the widgets say it). */
export function refusalText(error: ErrorEnvelope["error"], words: PageWords): string {
  if (error.fields && "fillMs" in error.fields) return words.t("errorTooFast");
  switch (error.code) {
    case "slot_full":
      return words.t("errorFull");
    case "party_too_large":
      return words.t("errorPartyTooLarge");
    case "signup_closed":
    case "event_not_open":
      return words.t("errorClosed");
    case "forbidden_origin":
      return words.t("errorForbidden");
    case "rate_limited": {
      const seconds = Number(error.params?.retryAfter);
      const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
      return words.plural("errorRateLimited", minutes);
    }
    default:
      return words.t("errorGeneric");
  }
}
