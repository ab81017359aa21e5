import type { MessageKey } from "../i18n/messages.js";

/** The intake's screens, in order; a few short questions each, to fit a phone. */
export const intakeSteps = [
  "role",
  "about",
  "language",
  "times",
  "meeting",
  "interests",
  "preferences",
  "questions",
  "consent",
] as const;
export type IntakeStep = (typeof intakeSteps)[number];

/** A form field as the draft names it (`wantsAgeMin` for the contract's `wants.ageMin`). */
export type IntakeField =
  | "role"
  | "firstName"
  | "email"
  | "languages"
  | "level"
  | "capacity"
  | "availability"
  | "timeZone"
  | "modes"
  | "region"
  | "interests"
  | "interestsOther"
  | "gender"
  | "age"
  | "wantsGender"
  | "wantsAgeMin"
  | "wantsAgeMax"
  | "answers"
  | "consent";

/**
 * What is wrong with each field, already in the reader's words; an answer to one of the season's
 * own questions by its path (`answers.<questionId>`), as the API names it.
 */
export type IntakeErrors = Partial<Record<IntakeField | `answers.${string}`, string>>;

/** Each step's title and its fields, in the order focus visits them after a refusal. */
export const stepInfo: Readonly<Record<IntakeStep, { title: MessageKey; fields: IntakeField[] }>> =
  {
    role: { title: "mentoringStepRole", fields: ["role"] },
    about: { title: "mentoringStepAbout", fields: ["firstName", "email"] },
    language: { title: "mentoringStepLanguage", fields: ["languages", "level", "capacity"] },
    times: { title: "mentoringStepTimes", fields: ["availability", "timeZone"] },
    meeting: { title: "mentoringStepMeeting", fields: ["modes", "region"] },
    interests: { title: "mentoringStepInterests", fields: ["interests", "interestsOther"] },
    preferences: {
      title: "mentoringStepPreferences",
      fields: ["gender", "age", "wantsGender", "wantsAgeMin", "wantsAgeMax"],
    },
    questions: { title: "mentoringStepQuestions", fields: ["answers"] },
    consent: { title: "mentoringStepConsent", fields: ["consent"] },
  };

/**
 * The screens a person goes through: without the role question when the page already chose it,
 * without it and consent when they change answers they gave, and without the season's own
 * questions when it asks the person none.
 */
export function stepsFor(roleGiven: boolean, changing: boolean, asks = false): IntakeStep[] {
  return intakeSteps.filter(
    (step) =>
      !(step === "role" && (roleGiven || changing)) &&
      !(step === "consent" && changing) &&
      !(step === "questions" && !asks),
  );
}

/** Whether an error's key (`level`, `answers.qst_1`) belongs to one of the step's fields. */
export function onStep(step: IntakeStep, key: string): boolean {
  return stepInfo[step].fields.some((field) => key === field || key.startsWith(`${field}.`));
}

/** The form field a contract path belongs to: `languages.0.code` → `languages`. */
export function fieldOfPath(path: string): IntakeField | undefined {
  const [head = "", next = ""] = path.split(".");
  const field = head === "wants" ? `wants${next.charAt(0).toUpperCase()}${next.slice(1)}` : head;
  return Object.values(stepInfo).some((info) => info.fields.includes(field as IntakeField))
    ? (field as IntakeField)
    : undefined;
}

/** The keys of the errors on the step's fields, in the order they were found. */
export function errorsOnStep(step: IntakeStep, errors: IntakeErrors): string[] {
  return Object.entries(errors).flatMap(([key, error]) =>
    error && onStep(step, key) ? [key] : [],
  );
}

/** The first step, among `steps`, with an error on one of its fields. */
export function firstStepWith(steps: readonly IntakeStep[], errors: IntakeErrors) {
  return steps.find((step) => errorsOnStep(step, errors).length > 0);
}
