import * as v from "valibot";
import { emailMaxLength } from "../rules/contact.js";
import { languageLevels } from "../rules/mentoring/levels.js";
import { genders, meetingModes } from "../rules/mentoring/pair-fit.js";
import { dayParts, weekDays } from "../rules/mentoring/week-hours.js";
import { isValidTimeZone } from "../rules/time-zone.js";
import { localeSchema } from "./locale-text.js";
import { answersSchema } from "./questions.js";
import { multiLineText, singleLineText } from "./text-fields.js";

/**
 * Language Friend (mentoring) seasons in public: what the intake widgets read and send, and what
 * a person sees and changes behind their manage link.
 */

/** The short list of interests people tick (each worded in every language); more as free text. */
export const interestKeys = [
  "cooking",
  "music",
  "sport",
  "nature",
  "books",
  "films",
  "games",
  "art",
  "family",
  "technology",
  "history",
  "crafts",
  "gardening",
  "travel",
] as const;
export type InterestKey = (typeof interestKeys)[number];

/** How well someone speaks a language other than the practised one. */
export const fluencies = ["basic", "good", "fluent", "native"] as const;

export const mentoringRoles = ["mentor", "learner"] as const;
export type MentoringRole = (typeof mentoringRoles)[number];

const levelSchema = v.picklist(languageLevels, "Choose the sentence that fits you best.");
const age = v.pipe(
  v.number("Use a whole number."),
  v.integer("Use a whole number."),
  v.minValue(16, "Use 16 or more."),
  v.maxValue(99, "Use 99 or less."),
);

const availabilitySchema = v.pipe(
  v.array(
    v.object({
      day: v.picklist(weekDays, "Choose days from the list."),
      part: v.picklist(
        Object.keys(dayParts) as (keyof typeof dayParts)[],
        "Choose a part of the day.",
      ),
    }),
  ),
  v.minLength(1, "Choose at least one time you are free."),
  v.maxLength(21, "Choose each time once."),
);

const spokenLanguages = v.pipe(
  v.array(
    v.object({
      code: localeSchema,
      fluency: v.picklist(fluencies, "Say how well you speak it."),
    }),
  ),
  v.maxLength(8, "Choose 8 languages or fewer."),
);

/** What both intake forms ask; the worker checks the season's own limits (modes, levels, capacity). */
export const intakeBodySchema = v.object({
  role: v.picklist(mentoringRoles, "Choose whether you want to be a mentor or a learner."),
  /** First name or nickname: what the partner will be told. */
  firstName: singleLineText(40, "Write your first name or a nickname."),
  email: v.pipe(
    v.string("Write your email address, so we can tell you who your partner is."),
    v.trim(),
    v.maxLength(emailMaxLength, "Check the email address."),
    v.email("Check the email address."),
  ),
  locale: localeSchema,
  timeZone: v.pipe(v.string(), v.check(isValidTimeZone, "Choose a time zone from the list.")),
  languages: spokenLanguages,
  level: levelSchema,
  availability: availabilitySchema,
  modes: v.pipe(
    v.array(v.picklist(meetingModes, "Choose how you can meet.")),
    v.minLength(1, "Choose at least one way to meet."),
  ),
  region: v.optional(v.nullable(singleLineText(60)), null),
  interests: v.optional(
    v.pipe(v.array(v.picklist(interestKeys, "Choose from the list.")), v.maxLength(14)),
    [],
  ),
  interestsOther: v.optional(multiLineText(200), ""),
  gender: v.optional(v.nullable(v.picklist(genders, "Choose from the list.")), null),
  age: v.optional(v.nullable(age), null),
  wants: v.optional(
    v.object({
      gender: v.optional(v.nullable(v.picklist(genders, "Choose from the list.")), null),
      ageMin: v.optional(v.nullable(age), null),
      ageMax: v.optional(v.nullable(age), null),
    }),
    {},
  ),
  /** Mentors: learners they can take (the season's maximum at most). */
  capacity: v.optional(
    v.pipe(v.number(), v.integer("Use a whole number."), v.minValue(1, "Use 1 or more.")),
    1,
  ),
  /** Answers to the season's own questions for this role, by question id. */
  answers: answersSchema,
  consent: v.literal(true, "Tick the box to agree, so we can match you."),
  website: v.optional(v.string()),
  fillMs: v.pipe(v.number("Send how long the form was open, in milliseconds."), v.minValue(0)),
});

export type IntakeBody = v.InferInput<typeof intakeBodySchema>;
export type ValidIntake = v.InferOutput<typeof intakeBodySchema>;

/** `PATCH /api/v1/mentoring/people/:id`: any intake answer, or pausing. */
export const intakeChangeSchema = v.partial(
  v.object({
    ...v.omit(intakeBodySchema, ["role", "consent", "website", "fillMs", "email"]).entries,
    status: v.picklist(["active", "paused"], "Choose active or paused."),
  }),
);
export type IntakeChange = v.InferInput<typeof intakeChangeSchema>;

/** `POST /api/v1/mentoring/people/:id/share-contact`: show my address to this pair's partner. */
export const shareContactBodySchema = v.object({
  pairId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});

/** The most a message relayed to a partner may hold, in characters. */
export const relayMessageMaxLength = 2000;
/** Messages one person may relay in any 24 hours: enough to arrange meetings, too few to spam. */
export const relayMessagesPerDay = 10;

/**
 * `POST /api/v1/mentoring/people/:id/messages`: words for the partner of this pair, which Hearth
 * emails them without either address (seasons with `contact: relay`).
 */
export const relayMessageBodySchema = v.object({
  pairId: v.pipe(
    v.string("Choose the partner to write to."),
    v.minLength(1, "Choose the partner to write to."),
    v.maxLength(64, "Choose the partner to write to."),
  ),
  text: multiLineText(relayMessageMaxLength, "Write a message to your partner."),
});
export type RelayMessageBody = v.InferInput<typeof relayMessageBodySchema>;

/** The answers' schemas are in `mentoring-responses.ts`; their types, here as before. */
export type {
  IntakeResponse,
  ManagedIntake,
  PublicSeason,
  RelayMessageResponse,
  SeasonResponse,
} from "./mentoring-responses.js";
