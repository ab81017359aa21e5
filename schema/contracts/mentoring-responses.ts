import * as v from "valibot";
import { languageLevels } from "../rules/mentoring/levels.js";
import { genders, meetingModes } from "../rules/mentoring/pair-fit.js";
import type { DayPart } from "../rules/mentoring/week-hours.js";
import { dayParts, weekDays } from "../rules/mentoring/week-hours.js";
import { publicQuestionSchema } from "./events-responses.js";
import { localeSchema } from "./locale-text.js";
import { fluencies, interestKeys, mentoringRoles } from "./mentoring.js";
import { seasonQuestionAudiences } from "./mentoring-questions.js";
import { isoTime, webAddress } from "./response-formats.js";

/*
 * Language Friend (mentoring) answers in public (`mentoring.ts` re-exports their types): each a
 * valibot schema with its type inferred from it, converted as they are for the OpenAPI document
 * (`worker/openapi/schemas.ts`). Widgets import only the types, as from `events-responses.ts`.
 */

const level = v.picklist(languageLevels);
const meetingMode = v.picklist(meetingModes);
const gender = v.nullable(v.picklist(genders));

/** A season's own question: an event question's shape, asking mentors, learners or both. */
export const publicSeasonQuestionSchema = v.object({
  ...publicQuestionSchema.entries,
  audience: v.pipe(
    v.nullable(v.picklist(seasonQuestionAudiences)),
    v.description("Whom it asks: `mentor`, `learner`, or null for both."),
  ),
});
export type PublicSeasonQuestion = v.InferOutput<typeof publicSeasonQuestionSchema>;

export const publicSeasonSchema = v.object({
  id: v.string(),
  organisationSlug: v.string(),
  name: v.string(),
  nameLang: localeSchema,
  practisedLanguage: v.pipe(localeSchema, v.description("The language people practise.")),
  startsOn: isoTime,
  endsOn: isoTime,
  intakeClosesAt: isoTime,
  intakeOpen: v.boolean(),
  modes: v.array(meetingMode),
  regions: v.pipe(
    v.array(v.string()),
    v.description("Where people can meet in person; empty: `region` is free text."),
  ),
  learnerLevels: v.object({ min: level, max: level }),
  maxLearnersPerMentor: v.number(),
  timeZone: v.string(),
  retentionDays: v.number(),
  questions: v.pipe(
    v.array(publicSeasonQuestionSchema),
    v.description(
      "The season's own questions in the reader's language; `answers` in the intake answers those of the person's role.",
    ),
  ),
});
export type PublicSeason = v.InferOutput<typeof publicSeasonSchema>;

export const seasonResponseSchema = v.object({ season: publicSeasonSchema });
export type SeasonResponse = v.InferOutput<typeof seasonResponseSchema>;

const partnerSchema = v.object({
  pairId: v.pipe(v.string(), v.description("What `share-contact` names.")),
  firstName: v.string(),
  modes: v.pipe(v.array(meetingMode), v.description("The ways both partners can meet.")),
  email: v.pipe(
    v.nullable(v.string()),
    v.description("Once both shared their address (or at once where the season shares them)."),
  ),
  youShared: v.boolean(),
  theyShared: v.boolean(),
});

export const managedIntakeSchema = v.object({
  id: v.string(),
  seasonId: v.string(),
  role: v.picklist(mentoringRoles),
  status: v.picklist(["active", "paused", "withdrawn"]),
  firstName: v.string(),
  email: v.string(),
  locale: localeSchema,
  timeZone: v.string(),
  languages: v.array(v.object({ code: localeSchema, fluency: v.picklist(fluencies) })),
  level,
  availability: v.array(
    v.object({
      day: v.picklist(weekDays),
      part: v.picklist(Object.keys(dayParts) as DayPart[]),
    }),
  ),
  modes: v.array(meetingMode),
  region: v.nullable(v.string()),
  interests: v.array(v.picklist(interestKeys)),
  interestsOther: v.string(),
  gender,
  age: v.nullable(v.number()),
  wants: v.object({
    gender,
    ageMin: v.nullable(v.number()),
    ageMax: v.nullable(v.number()),
  }),
  capacity: v.pipe(v.number(), v.description("A mentor's learners at most; 0 for a learner.")),
  answers: v.pipe(
    v.record(v.string(), v.union([v.string(), v.array(v.string()), v.boolean(), v.number()])),
    v.description("Answers to the season's own questions it still asks, by question id."),
  ),
  partners: v.pipe(
    v.array(partnerSchema),
    v.description("Empty until the season's pairs are published."),
  ),
  season: publicSeasonSchema,
});
export type ManagedIntake = v.InferOutput<typeof managedIntakeSchema>;

export const intakeResponseSchema = v.object({
  person: managedIntakeSchema,
  manageUrl: v.pipe(
    v.optional(webAddress),
    v.description("Only when signing up: the secret manage link (sent by email too)."),
  ),
});
export type IntakeResponse = v.InferOutput<typeof intakeResponseSchema>;

export const relayMessageResponseSchema = v.object({
  leftToday: v.pipe(
    v.number(),
    v.description("Messages the sender can still send in the next 24 hours."),
  ),
});
export type RelayMessageResponse = v.InferOutput<typeof relayMessageResponseSchema>;
