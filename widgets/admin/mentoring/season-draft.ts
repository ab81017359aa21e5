import { toLatinDigits } from "../../../i18n/digits.js";
import type { AdminSeason, SeasonBody } from "../../../schema/contracts/admin/mentoring.js";
import { seasonBodySchema } from "../../../schema/contracts/admin/mentoring.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import type { SeasonQuestionAudience } from "../../../schema/contracts/mentoring-questions.js";
import { languageLevels } from "../../../schema/rules/mentoring/levels.js";
import type { LanguageLevel } from "../../../schema/rules/mentoring/levels.js";
import type { MatchWeights, MeetingMode } from "../../../schema/rules/mentoring/pair-fit.js";
import { defaultWeights, meetingModes } from "../../../schema/rules/mentoring/pair-fit.js";
import { contractIssues } from "../../shared/contract-issues.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import type { QuestionDraft } from "../editor/question-draft.js";
import { questionDraftsOf, questionsInputOf, withQuestionValue } from "../editor/question-draft.js";

export type WeightName = keyof MatchWeights;
export const weightNames = Object.keys(defaultWeights) as WeightName[];

/** What the season form holds: choices as made, numbers, dates and regions as typed. */
export interface SeasonDraft {
  name: LocaleText;
  practisedLanguage: string;
  startsOn: string;
  endsOn: string;
  intakeClosesAt: string;
  timeZone: string;
  modes: MeetingMode[];
  /** Comma-separated, as typed. */
  regions: string;
  minLevel: LanguageLevel;
  maxLevel: LanguageLevel;
  minSharedHours: string;
  maxLearnersPerMentor: string;
  weights: Record<WeightName, string>;
  contact: "relay" | "email";
  /** The season's own questions on the intake form, as the question editor holds them. */
  questions: QuestionDraft<SeasonQuestionAudience>[];
}

const typedWeights = (weights: MatchWeights) =>
  Object.fromEntries(weightNames.map((name) => [name, String(weights[name])])) as Record<
    WeightName,
    string
  >;

/**
 * A new season as Language Friend runs one: Estonian practised, every way to meet, learners from
 * A2 to B2, two hours a week in common, two learners a mentor, addresses kept private.
 */
export function emptySeason(timeZone: string): SeasonDraft {
  return {
    name: {},
    practisedLanguage: "et",
    startsOn: "",
    endsOn: "",
    intakeClosesAt: "",
    timeZone,
    modes: [...meetingModes],
    regions: "",
    minLevel: "A2",
    maxLevel: "B2",
    minSharedHours: "2",
    maxLearnersPerMentor: "2",
    weights: typedWeights(defaultWeights),
    contact: "relay",
    questions: [],
  };
}

export function draftOf(season: AdminSeason): SeasonDraft {
  return {
    name: { ...season.name },
    practisedLanguage: season.practisedLanguage,
    startsOn: season.startsOn,
    endsOn: season.endsOn,
    intakeClosesAt: season.intakeClosesAt,
    timeZone: season.timeZone,
    modes: [...season.modes],
    regions: season.regions.join(", "),
    minLevel: season.learnerLevels.min,
    maxLevel: season.learnerLevels.max,
    minSharedHours: String(season.minSharedHours),
    maxLearnersPerMentor: String(season.maxLearnersPerMentor),
    weights: typedWeights(season.weights),
    contact: season.contact,
    questions: questionDraftsOf(season.questions),
  };
}

const isLevel = (value: string): value is LanguageLevel =>
  (languageLevels as readonly string[]).includes(value);

/**
 * Sets a value by its control's name, the server's path for it (`name.et`, `modes.online`,
 * `learnerLevels.min`, `weights.hours`), returning a new draft.
 */
export function withSeasonValue(
  draft: SeasonDraft,
  name: string,
  value: string,
  checked: boolean,
): SeasonDraft {
  const [field, part = ""] = name.split(".");
  switch (field) {
    case "name":
      return { ...draft, name: { ...draft.name, [part]: value } };
    case "modes": {
      const others = draft.modes.filter((mode) => mode !== part);
      const mode = meetingModes.find((known) => known === part);
      return { ...draft, modes: checked && mode ? [...others, mode] : others };
    }
    case "learnerLevels":
      if (!isLevel(value)) return draft;
      return part === "min" ? { ...draft, minLevel: value } : { ...draft, maxLevel: value };
    case "weights":
      return weightNames.includes(part as WeightName)
        ? { ...draft, weights: { ...draft.weights, [part]: value } }
        : draft;
    case "contact":
      return { ...draft, contact: value === "email" ? "email" : "relay" };
    case "questions": {
      // `questions.0.required` and `questions.0.sensitive` are checkboxes.
      const flag = /\.(required|sensitive)$/.test(name);
      return {
        ...draft,
        questions: withQuestionValue(draft.questions, name, flag ? checked : value),
      };
    }
    case "practisedLanguage":
    case "startsOn":
    case "endsOn":
    case "intakeClosesAt":
    case "timeZone":
    case "regions":
    case "minSharedHours":
    case "maxLearnersPerMentor":
      return { ...draft, [field]: value };
    default:
      return draft;
  }
}

/** A typed number (Arabic or Persian digits too); "" stays not-a-number so the schema refuses it. */
const numberOf = (typed: string) => {
  const text = toLatinDigits(typed).trim();
  return text === "" ? Number.NaN : Number(text);
};

/** The body the API reads: empty names left out, regions split, modes in the contract's order. */
export function bodyOf(draft: SeasonDraft, version?: number): SeasonBody {
  const name = Object.fromEntries(
    Object.entries(draft.name)
      .map(([locale, text]) => [locale, text.trim()] as const)
      .filter(([, text]) => text !== ""),
  );
  return {
    name,
    practisedLanguage: draft.practisedLanguage,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    intakeClosesAt: draft.intakeClosesAt,
    timeZone: draft.timeZone.trim(),
    modes: meetingModes.filter((mode) => draft.modes.includes(mode)),
    regions: [
      ...new Set(
        draft.regions
          .split(/[,،]/)
          .map((region) => region.trim())
          .filter(Boolean),
      ),
    ],
    learnerLevels: { min: draft.minLevel, max: draft.maxLevel },
    minSharedHours: numberOf(draft.minSharedHours),
    maxLearnersPerMentor: numberOf(draft.maxLearnersPerMentor),
    weights: Object.fromEntries(
      weightNames.map((weight) => [weight, numberOf(draft.weights[weight])]),
    ) as unknown as MatchWeights,
    contact: draft.contact,
    questions: questionsInputOf(draft.questions),
    ...(version === undefined ? {} : { version }),
  };
}

/** The ranges the contract allows, for words that say them. */
const ranges: Readonly<Record<string, readonly [number, number]>> = {
  minSharedHours: [0, 20],
  maxLearnersPerMentor: [1, 5],
  weights: [0, 10],
};

/**
 * What the form would send, checked with the contract's own schema: field path → what is wrong,
 * in the dashboard's language. A region's problem is shown on the one regions field.
 */
export function seasonProblems(body: SeasonBody, localize: AdminLocalizeController): FieldErrors {
  const t = localize.t.bind(localize);
  const problems: Record<string, string> = {};
  for (const { path, type } of contractIssues(seasonBodySchema, body)) {
    const [field = "", part] = path.split(".");
    // The questions are worded by the server, as in the event editor (`fieldErrorsOf`).
    if (field === "questions") continue;
    const key = field === "regions" ? "regions" : path;
    if (problems[key]) continue;
    const range = ranges[field];
    if (range) {
      const [min, max] = range.map((value) => localize.number(value));
      problems[key] = t("seasonWholeNumber", { min: min!, max: max! });
    } else if (field === "name") {
      problems[key] =
        part && type === "max_length"
          ? t("fieldError_too_long", { max: localize.number(120) })
          : part
            ? t("fieldError_control_characters")
            : t("seasonNameRequired");
    } else if (field === "regions") {
      problems[key] = part
        ? t("fieldError_too_long", { max: localize.number(60) })
        : t("fieldError_too_large", { max: localize.number(50) });
    } else if (field === "startsOn" || field === "endsOn" || field === "intakeClosesAt") {
      problems[key] = t("seasonDateRequired");
    } else if (field === "timeZone") {
      problems[key] = t("seasonTimeZoneInvalid");
    } else if (field === "modes") {
      problems[key] = t("seasonModesRequired");
    } else {
      problems[key] = t("fieldError_invalid_choice");
    }
  }
  return problems;
}

/** The form's fields in order, for focusing the first one with a problem. */
export const seasonFieldOrder = [
  "name",
  "practisedLanguage",
  "startsOn",
  "endsOn",
  "intakeClosesAt",
  "timeZone",
  "modes",
  "regions",
  "learnerLevels.min",
  "learnerLevels.max",
  "minSharedHours",
  "maxLearnersPerMentor",
  ...weightNames.map((weight) => `weights.${weight}`),
  "contact",
  "questions",
];
