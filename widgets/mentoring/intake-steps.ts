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
  | "consent";

/** What is wrong with each field, already in the reader's words. */
export type IntakeErrors = Partial<Record<IntakeField, string>>;

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
    consent: { title: "mentoringStepConsent", fields: ["consent"] },
  };

/**
 * The screens a person goes through: without the role question when the page already chose it,
 * and without it and consent when they change answers they gave.
 */
export function stepsFor(roleGiven: boolean, changing: boolean): IntakeStep[] {
  return intakeSteps.filter(
    (step) => !(step === "role" && (roleGiven || changing)) && !(step === "consent" && changing),
  );
}

/** The form field a contract path belongs to: `languages.0.code` → `languages`. */
export function fieldOfPath(path: string): IntakeField | undefined {
  const [head = "", next = ""] = path.split(".");
  const field = head === "wants" ? `wants${next.charAt(0).toUpperCase()}${next.slice(1)}` : head;
  return Object.values(stepInfo).some((info) => info.fields.includes(field as IntakeField))
    ? (field as IntakeField)
    : undefined;
}

/** The first step, among `steps`, with an error on one of its fields. */
export function firstStepWith(steps: readonly IntakeStep[], errors: IntakeErrors) {
  return steps.find((step) => stepInfo[step].fields.some((field) => errors[field]));
}
