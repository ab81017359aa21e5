import { nothing } from "lit";
import { directionOf, languageName } from "../../i18n/languages.js";
import type { ManagedIntake } from "../../schema/contracts/mentoring.js";
import type { PublicSeasonQuestion } from "../../schema/contracts/mentoring-questions.js";
import { weekDays } from "../../schema/rules/mentoring/week-hours.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { answerText } from "../booking/booking-answers.js";
import {
  dayWords,
  fluencyWords,
  genderWords,
  interestWords,
  levelSentences,
  modeWords,
  partWords,
} from "./answer-words.js";

/** What the summary shows: a sign-up about to be sent, or one behind the manage link. */
export type SummaryAnswers = Pick<
  ManagedIntake,
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
  | "wants"
  | "answers"
>;

function ageRange(localize: LocalizeController, { ageMin, ageMax }: SummaryAnswers["wants"]) {
  const from = ageMin === null ? "" : localize.number(ageMin);
  const to = ageMax === null ? "" : localize.number(ageMax);
  if (from && to) return localize.t("mentoringAgeRange", { from, to });
  if (from) return localize.t("mentoringAgeFromOnly", { from });
  return to ? localize.t("mentoringAgeToOnly", { to }) : "";
}

/** The wishes given, each in a sentence; "none" when the person gave none. */
function wishes(localize: LocalizeController, answers: SummaryAnswers): string[] {
  const { gender, age, wants } = answers;
  const partnerAge = ageRange(localize, wants);
  return [
    gender ? `${localize.t("mentoringGender")}: ${localize.t(genderWords[gender])}` : "",
    age === null ? "" : `${localize.t("mentoringAge")}: ${localize.number(age)}`,
    wants.gender
      ? `${localize.t("mentoringWantsGender")}: ${localize.t(genderWords[wants.gender])}`
      : "",
    partnerAge ? `${localize.t("mentoringWantsAge")}: ${partnerAge}` : "",
  ].filter(Boolean);
}

function row(term: unknown, details: unknown) {
  return html`<div class="answer">
    <dt>${term}</dt>
    <dd>${details}</dd>
  </div>`;
}

/** Each of the season's own questions answered: its words (in their language), then the answer. */
function ownAnswers(
  localize: LocalizeController,
  answers: SummaryAnswers,
  questions: readonly PublicSeasonQuestion[],
) {
  return questions.flatMap((question) => {
    const value = answers.answers[question.id];
    if (value === undefined) return [];
    const term = html`<span lang=${question.labelLang} dir="auto">${question.label}</span>`;
    return [
      row(term, answerText({ kind: question.kind, value, choices: question.choices }, localize)),
    ];
  });
}

/**
 * The answers as a list of terms and details: before sending, and behind the manage link; last,
 * the answers to the season's own `questions`.
 */
export function renderSummary(
  localize: LocalizeController,
  answers: SummaryAnswers,
  practised: string,
  questions: readonly PublicSeasonQuestion[] = [],
) {
  const language = localize.languageName(practised);
  const notGiven = localize.t("mentoringNotGiven");
  const days = weekDays
    .map((day) => ({
      day,
      parts: answers.availability.filter((time) => time.day === day).map((time) => time.part),
    }))
    .filter(({ parts }) => parts.length > 0);
  const given = wishes(localize, answers);
  return html`<dl part="answers" class="answers">
    ${row(localize.t("mentoringName"), html`<bdi>${answers.firstName}</bdi>`)}
    ${row(localize.t("mentoringEmail"), html`<bdi>${answers.email}</bdi>`)}
    ${row(
      localize.t("mentoringSpoken"),
      answers.languages.length === 0
        ? notGiven
        : answers.languages.map(
            ({ code, fluency }) =>
              html`<span class="line"
                ><span lang=${code} dir=${directionOf(code)}>${languageName(code)}</span>:
                ${localize.t(fluencyWords[fluency])}</span
              >`,
          ),
    )}
    ${row(localize.t("mentoringLevel", { language }), localize.t(levelSentences[answers.level]))}
    ${
      answers.role === "mentor"
        ? row(localize.t("mentoringCapacity"), localize.number(answers.capacity))
        : nothing
    }
    ${row(
      localize.t("mentoringStepTimes"),
      days.map(
        ({ day, parts }) =>
          html`<span class="line"
            >${localize.t(dayWords[day])}:
            ${localize.list(parts.map((part) => localize.t(partWords[part])))}</span
          >`,
      ),
    )}
    ${row(localize.t("mentoringTimeZone"), html`<bdi lang="en">${answers.timeZone}</bdi>`)}
    ${row(
      localize.t("mentoringModes"),
      localize.list(answers.modes.map((mode) => localize.t(modeWords[mode]))),
    )}
    ${answers.region ? row(localize.t("mentoringRegion"), html`<bdi>${answers.region}</bdi>`) : nothing}
    ${row(
      localize.t("mentoringInterests"),
      answers.interests.length === 0 && !answers.interestsOther
        ? notGiven
        : html`<span class="line"
              >${localize.list(answers.interests.map((key) => localize.t(interestWords[key])))}</span
            >
            ${
              answers.interestsOther
                ? html`<span class="line" dir="auto">${answers.interestsOther}</span>`
                : nothing
            }`,
    )}
    ${row(
      localize.t("mentoringStepPreferences"),
      given.length === 0 ? notGiven : given.map((wish) => html`<span class="line">${wish}</span>`),
    )}
    ${ownAnswers(localize, answers, questions)}
  </dl>`;
}
