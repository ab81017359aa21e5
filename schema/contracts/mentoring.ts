import * as v from "valibot";
import { emailMaxLength } from "../rules/contact.js";
import { languageLevels } from "../rules/mentoring/levels.js";
import type { LanguageLevel } from "../rules/mentoring/levels.js";
import { genders, meetingModes } from "../rules/mentoring/pair-fit.js";
import type { Gender, MeetingMode } from "../rules/mentoring/pair-fit.js";
import { dayParts, weekDays } from "../rules/mentoring/week-hours.js";
import type { AvailabilityChoice } from "../rules/mentoring/week-hours.js";
import { isValidTimeZone } from "../rules/time-zone.js";
import { localeSchema } from "./locale-text.js";
import type { PublicSeasonQuestion } from "./mentoring-questions.js";
import type { AnswerValue } from "./questions.js";
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

/** A relayed message is on its way to the partner. */
export interface RelayMessageResponse {
  /** Messages the sender can still send in the next 24 hours. */
  leftToday: number;
}

export interface PublicSeason {
  id: string;
  organisationSlug: string;
  name: string;
  nameLang: string;
  /** The language people practise (e.g. `et`). */
  practisedLanguage: string;
  startsOn: string;
  endsOn: string;
  intakeClosesAt: string;
  intakeOpen: boolean;
  modes: MeetingMode[];
  /** Regions where in-person meetings are possible (free text when empty). */
  regions: string[];
  learnerLevels: { min: LanguageLevel; max: LanguageLevel };
  maxLearnersPerMentor: number;
  timeZone: string;
  retentionDays: number;
  /** The season's own questions, in the reader's language; each role answers its own. */
  questions: PublicSeasonQuestion[];
}

export interface SeasonResponse {
  season: PublicSeason;
}

/** A person's intake as they see it behind their manage link. */
export interface ManagedIntake {
  id: string;
  seasonId: string;
  role: MentoringRole;
  status: "active" | "paused" | "withdrawn";
  firstName: string;
  email: string;
  locale: string;
  timeZone: string;
  languages: { code: string; fluency: (typeof fluencies)[number] }[];
  level: LanguageLevel;
  availability: AvailabilityChoice[];
  modes: MeetingMode[];
  region: string | null;
  interests: InterestKey[];
  interestsOther: string;
  gender: Gender | null;
  age: number | null;
  wants: { gender: Gender | null; ageMin: number | null; ageMax: number | null };
  capacity: number;
  /** Answers to the season's own questions it still asks, by question id. */
  answers: Record<string, AnswerValue>;
  /**
   * Once the pairs are published: each partner's first name and the ways both can meet; their
   * email once both agreed to share addresses (`POST …/people/:id/share-contact`), or at once
   * where the season shares them.
   */
  partners: {
    pairId: string;
    firstName: string;
    modes: MeetingMode[];
    email: string | null;
    youShared: boolean;
    theyShared: boolean;
  }[];
  season: PublicSeason;
}

export interface IntakeResponse {
  person: ManagedIntake;
  /** Only when just made: the link to see, change, pause or withdraw (sent by email too). */
  manageUrl?: string;
}
