import { toLatinDigits } from "../../i18n/digits.js";
import type { IntakeBody, IntakeChange, ManagedIntake } from "../../schema/contracts/mentoring.js";
import type { PublicSeasonQuestion } from "../../schema/contracts/mentoring-questions.js";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import type { DayPart, WeekDay } from "../../schema/rules/mentoring/week-hours.js";
import { dayParts, weekDays } from "../../schema/rules/mentoring/week-hours.js";
import { answersOf } from "../signup/question-answers.js";
import type { IntakeDraft } from "./intake-draft.js";
import { questionsForRole } from "./season-questions.js";
import type { SummaryAnswers } from "./intake-summary.js";

/** The answers both a sign-up and a change carry, as the contract names them. */
export type IntakeAnswers = Omit<
  IntakeBody,
  "role" | "email" | "locale" | "consent" | "website" | "fillMs"
>;

/** An age as typed (Arabic or Persian digits too); empty is "not said". */
function age(text: string): number | null {
  const typed = toLatinDigits(text).trim();
  return typed === "" ? null : Number(typed);
}

/** The times ticked, in week order (Monday morning first). */
function availabilityOf(times: ReadonlySet<string>) {
  return weekDays.flatMap((day: WeekDay) =>
    (Object.keys(dayParts) as DayPart[])
      .filter((part) => times.has(`${day}.${part}`))
      .map((part) => ({ day, part })),
  );
}

/** The season's questions: the draft answers those for its role. */
type Questions = readonly PublicSeasonQuestion[];

export function intakeAnswers(draft: IntakeDraft, questions: Questions): IntakeAnswers {
  const inPerson = draft.modes.includes("in_person");
  const asked = questionsForRole(questions, draft.role);
  return {
    firstName: draft.firstName.trim(),
    timeZone: draft.timeZone,
    // An untouched row is no answer; a half-filled one is sent, for the contract to name it.
    languages: draft.languages
      .filter((row) => row.code || row.fluency)
      .map((row) => ({ code: row.code, fluency: row.fluency as "basic" })),
    level: draft.level as IntakeBody["level"],
    availability: availabilityOf(draft.availability),
    modes: draft.modes,
    region: inPerson ? draft.region.trim() || null : null,
    interests: draft.interests,
    interestsOther: draft.interestsOther.trim(),
    gender: draft.gender || null,
    age: age(draft.age),
    wants: {
      gender: draft.wantsGender || null,
      ageMin: age(draft.wantsAgeMin),
      ageMax: age(draft.wantsAgeMax),
    },
    ...(draft.role === "mentor" ? { capacity: draft.capacity } : {}),
    // Sent only for a season that asks the role something: a change without them keeps them.
    ...(asked.length > 0 ? { answers: answersOf(asked, (name) => draft.answers[name] ?? []) } : {}),
  };
}

/** A new sign-up as the API takes it. */
export function intakeBody(
  draft: IntakeDraft,
  form: { locale: string; website: string; fillMs: number },
  questions: Questions,
): IntakeBody {
  return {
    role: draft.role as IntakeBody["role"],
    email: draft.email.trim(),
    locale: form.locale,
    ...intakeAnswers(draft, questions),
    consent: draft.consent as true,
    website: form.website,
    fillMs: Math.round(form.fillMs),
  };
}

/** Changed answers behind the manage link: every answer again (a retry changes nothing more). */
export function intakeChange(draft: IntakeDraft, questions: Questions): IntakeChange {
  return intakeAnswers(draft, questions);
}

/** A stored answer as its controls hold it (`IntakeDraft.answers`). */
function controlValues(value: AnswerValue): string[] {
  if (Array.isArray(value)) return [...value];
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  return [String(value)];
}

/** The person's answers as a draft, to change them with the same screens. */
export function draftFromPerson(person: ManagedIntake): IntakeDraft {
  const text = (value: number | null) => (value === null ? "" : String(value));
  return {
    role: person.role,
    firstName: person.firstName,
    email: person.email,
    languages: person.languages.length > 0 ? [...person.languages] : [{ code: "", fluency: "" }],
    level: person.level,
    capacity: Math.max(person.capacity, 1),
    availability: new Set(person.availability.map(({ day, part }) => `${day}.${part}`)),
    timeZone: person.timeZone,
    modes: [...person.modes],
    region: person.region ?? "",
    interests: [...person.interests],
    interestsOther: person.interestsOther,
    gender: person.gender ?? "",
    age: text(person.age),
    wantsGender: person.wants.gender ?? "",
    wantsAgeMin: text(person.wants.ageMin),
    wantsAgeMax: text(person.wants.ageMax),
    answers: Object.fromEntries(
      Object.entries(person.answers).map(([id, value]) => [`answers.${id}`, controlValues(value)]),
    ),
    consent: true,
  };
}

/** The draft as the summary shows it, once every step's checks passed. */
export function summaryOf(draft: IntakeDraft, questions: Questions): SummaryAnswers {
  const answers = intakeAnswers(draft, questions);
  return {
    role: draft.role || "learner",
    firstName: answers.firstName,
    email: draft.email.trim(),
    languages: answers.languages,
    level: draft.level || "A1",
    capacity: draft.capacity,
    availability: answers.availability,
    timeZone: answers.timeZone,
    modes: draft.modes,
    region: answers.region ?? null,
    interests: draft.interests,
    interestsOther: answers.interestsOther ?? "",
    gender: draft.gender || null,
    age: answers.age ?? null,
    wants: {
      gender: draft.wantsGender || null,
      ageMin: answers.wants?.ageMin ?? null,
      ageMax: answers.wants?.ageMax ?? null,
    },
    answers: answers.answers ?? {},
  };
}
