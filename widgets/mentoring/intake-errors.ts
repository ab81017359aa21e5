import type { FieldCode } from "../../schema/contracts/errors.js";
import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import type { MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeField } from "./intake-steps.js";
import { modeWords } from "./answer-words.js";

/** What to say about a field when nothing more precise is known. */
const fieldWords: Readonly<Record<IntakeField, MessageKey>> = {
  role: "mentoringErrorRole",
  firstName: "errorName",
  email: "mentoringErrorEmail",
  languages: "mentoringErrorLanguages",
  level: "mentoringErrorLevel",
  capacity: "mentoringErrorCapacity",
  availability: "mentoringErrorTimes",
  timeZone: "mentoringErrorTimeZone",
  modes: "mentoringErrorModes",
  region: "errorRegionRequired",
  interests: "mentoringErrorChoice",
  interestsOther: "errorTooLong",
  gender: "mentoringErrorChoice",
  age: "mentoringErrorAge",
  wantsGender: "mentoringErrorChoice",
  wantsAgeMin: "mentoringErrorAge",
  wantsAgeMax: "mentoringErrorAge",
  answers: "questionErrorCheck",
  consent: "errorConsent",
};

/** The modes a `mode_not_offered` names (`"online, phone"`), in the reader's words. */
function modesIn(localize: LocalizeController, listed: string | number | undefined): string {
  const modes = String(listed ?? "")
    .split(",")
    .map((mode) => mode.trim())
    .filter((mode): mode is MeetingMode => mode in modeWords);
  return localize.list(
    modes.map((mode) => localize.t(modeWords[mode])),
    "disjunction",
  );
}

/**
 * One field's problem in the reader's language: a code the server sent (with its values) or a
 * kind of problem the contract's check found (`max_length`, …), else the field's own words.
 */
export function wordIssue(
  localize: LocalizeController,
  season: PublicSeason,
  field: IntakeField,
  problem: { code?: FieldCode | string; params?: Readonly<Record<string, string | number>> },
): string {
  const params = problem.params ?? {};
  switch (problem.code) {
    case "level_out_of_range":
      return localize.t("errorLevelOutOfRange", {
        min: params.min ?? season.learnerLevels.min,
        max: params.max ?? season.learnerLevels.max,
      });
    case "mode_not_offered":
      return localize.t("errorModeNotOffered", {
        modes: modesIn(localize, params.modes ?? season.modes.join(",")),
      });
    case "region_required":
      return localize.t("errorRegionRequired");
    case "too_long":
    case "max_length":
      if (field !== "languages" && field !== "interests") return localize.t("errorTooLong");
      break;
    case "control_characters":
      return localize.t("questionErrorCharacters");
  }
  const n = (value: number) => localize.number(value);
  if (field === "capacity") {
    const max = Number(params.max ?? season.maxLearnersPerMentor);
    return localize.t("mentoringErrorCapacity", { min: n(1), max: n(max) });
  }
  // The contract's ages: 16 to 99.
  return localize.t(fieldWords[field], { min: n(16), max: n(99) });
}
