import type { fluencies, InterestKey } from "../../schema/contracts/mentoring.js";
import type { LanguageLevel } from "../../schema/rules/mentoring/levels.js";
import type { Gender, MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";
import type { DayPart, WeekDay } from "../../schema/rules/mentoring/week-hours.js";
import type { MessageKey } from "../i18n/messages.js";

/* Every answer the intake offers, in the reader's words: keys of the mentoring catalogue. */

/** Each level as a plain sentence about oneself, so nobody needs to know the codes. */
export const levelSentences: Readonly<Record<LanguageLevel, MessageKey>> = {
  A1: "mentoringLevelA1",
  A2: "mentoringLevelA2",
  B1: "mentoringLevelB1",
  B2: "mentoringLevelB2",
  C1: "mentoringLevelC1",
  C2: "mentoringLevelC2",
};

export const fluencyWords = {
  basic: "mentoringFluencyBasic",
  good: "mentoringFluencyGood",
  fluent: "mentoringFluencyFluent",
  native: "mentoringFluencyNative",
} as const satisfies Record<(typeof fluencies)[number], MessageKey>;

export const modeWords = {
  online: "mentoringModeOnline",
  phone: "mentoringModePhone",
  in_person: "mentoringModeInPerson",
} as const satisfies Record<MeetingMode, MessageKey>;

export const genderWords = {
  woman: "mentoringWoman",
  man: "mentoringMan",
  other: "mentoringOtherGender",
} as const satisfies Record<Gender, MessageKey>;

export const dayWords = {
  mon: "mentoringMon",
  tue: "mentoringTue",
  wed: "mentoringWed",
  thu: "mentoringThu",
  fri: "mentoringFri",
  sat: "mentoringSat",
  sun: "mentoringSun",
} as const satisfies Record<WeekDay, MessageKey>;

export const partWords = {
  morning: "mentoringMorning",
  afternoon: "mentoringAfternoon",
  evening: "mentoringEvening",
} as const satisfies Record<DayPart, MessageKey>;

export const interestWords = {
  cooking: "mentoringInterestCooking",
  music: "mentoringInterestMusic",
  sport: "mentoringInterestSport",
  nature: "mentoringInterestNature",
  books: "mentoringInterestBooks",
  films: "mentoringInterestFilms",
  games: "mentoringInterestGames",
  art: "mentoringInterestArt",
  family: "mentoringInterestFamily",
  technology: "mentoringInterestTechnology",
  history: "mentoringInterestHistory",
  crafts: "mentoringInterestCrafts",
  gardening: "mentoringInterestGardening",
  travel: "mentoringInterestTravel",
} as const satisfies Record<InterestKey, MessageKey>;
