import type {
  UnmatchedReason,
  WorkbenchPerson,
} from "../../../schema/contracts/admin/mentoring.js";
import type { MentoringRole } from "../../../schema/contracts/mentoring.js";
import { interestKeys } from "../../../schema/contracts/mentoring.js";
import type { FitReason, MeetingMode } from "../../../schema/rules/mentoring/pair-fit.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

/**
 * The workbench's reasons in the coordinator's words: why a pair fits, why someone has no
 * partner yet. The API sends codes and values; the words are chosen here, in the dashboard's
 * language, from the people's own answers (a region or an interest as they typed it).
 */

/**
 * A first name inside a sentence, isolated (U+2068 … U+2069) so an Arabic name in an English
 * sentence, or a Latin one in Arabic, keeps the sentence's order.
 */
export const isolate = (name: string) => `\u2068${name}\u2069`;

const isInterestKey = (value: string): value is (typeof interestKeys)[number] =>
  (interestKeys as readonly string[]).includes(value);

/** A matched interest as the mentor wrote it (matching compares them in lower case). */
function interestWord(
  interest: string,
  people: readonly WorkbenchPerson[],
  localize: AdminLocalizeController,
): string {
  if (isInterestKey(interest)) return localize.t(`interest_${interest}`);
  const typed = people
    .flatMap((person) => person.interests)
    .find((own) => own.trim().toLowerCase() === interest);
  return typed?.trim() ?? interest;
}

/** One reason a pair fits, e.g. "Share 3 interests: music, cooking, chess". */
export function fitReasonText(
  reason: FitReason,
  pair: readonly WorkbenchPerson[],
  localize: AdminLocalizeController,
): string {
  switch (reason.code) {
    case "shared_hours":
      return localize.plural("fitSharedHours", reason.hours);
    case "shared_interests":
      return localize.plural("fitSharedInterests", reason.interests.length, {
        // After a colon, a plain list ("music, cooking, chess") reads better than "… and chess".
        interests: localize.list(
          reason.interests.map((interest) => interestWord(interest, pair, localize)),
          "unit",
        ),
      });
    case "shared_languages":
      return localize.t("fitSharedLanguages", {
        languages: localize.list(reason.languages.map((code) => localize.languageName(code))),
      });
    case "same_region": {
      const typed = pair.find((person) => person.region?.trim().toLowerCase() === reason.region);
      return localize.t("fitSameRegion", { region: typed?.region?.trim() ?? reason.region });
    }
    case "close_in_age":
      return localize.t("fitCloseInAge");
  }
}

/** Why someone has no partner yet, from their side: "No mentor is free at the same times". */
export function unmatchedText(
  reason: UnmatchedReason,
  role: MentoringRole,
  localize: AdminLocalizeController,
): string {
  if (reason.code === "partners_taken") {
    return localize.plural(
      role === "learner" ? "unmatchedLearnerTaken" : "unmatchedMentorTaken",
      reason.candidates,
    );
  }
  switch (reason.rule) {
    case "modes":
      return localize.t(role === "learner" ? "unmatchedLearnerModes" : "unmatchedMentorModes");
    case "hours":
      return localize.t(role === "learner" ? "unmatchedLearnerHours" : "unmatchedMentorHours");
    case "level":
      return localize.t(role === "learner" ? "unmatchedLearnerLevel" : "unmatchedMentorLevel");
    case "preference":
      return localize.t("unmatchedPreference");
    case "banned":
      return localize.t("unmatchedBanned");
  }
}

/** How a person can meet, in words: "online, by phone, in person (Tartu)". */
export function modesText(person: WorkbenchPerson, localize: AdminLocalizeController): string {
  return localize.list(
    person.modes.map((mode: MeetingMode) =>
      mode === "in_person" && person.region
        ? localize.t("modeInPersonIn", { region: person.region })
        : localize.t(`mode_${mode}`),
    ),
  );
}
