import { nothing } from "lit";
import { languages } from "../../i18n/languages.js";
import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import { languageLevels, levelInRange } from "../../schema/rules/mentoring/levels.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import type { Choice } from "./intake-fields.js";
import { renderChoices, renderError, renderSelect } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { fluencyWords, levelSentences } from "./answer-words.js";

/** The contract takes 8 other languages at most. */
const maxLanguages = 8;

/**
 * Languages people can choose, each named in itself so a reader finds theirs whatever the page's
 * language: Hearth's own, and Kurmanji, which many Kurdish speakers write in Latin letters.
 */
const spokenChoices: readonly Choice[] = [
  ...languages.map(({ code, name, dir }) => ({ value: code, label: name, lang: code, dir })),
  { value: "ku", label: "Kurdî (Kurmancî)", lang: "ku", dir: "ltr" },
];

/** What the language step can ask the element to do besides record a change. */
export interface LanguageRows {
  add(): void;
  remove(index: number): void;
}

/** Whether a learner's chosen level keeps them out of this season. */
export function outsideSeason(draft: IntakeDraft, season: PublicSeason): boolean {
  return (
    draft.role === "learner" &&
    draft.level !== "" &&
    !levelInRange(draft.level, season.learnerLevels)
  );
}

function renderSpoken(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
  rows: LanguageRows,
) {
  const choices = spokenChoices.filter((choice) => choice.value !== season.practisedLanguage);
  const fluencies = Object.entries(fluencyWords).map(([value, key]) => ({
    value,
    label: localize.t(key),
  }));
  return html`<fieldset class="choices spoken" aria-describedby="languages-hint">
    <legend part="label">${localize.t("mentoringSpoken")}</legend>
    <p id="languages-hint" class="hint muted">${localize.t("mentoringSpokenHint")}</p>
    ${draft.languages.map(
      (row, index) =>
        html`<fieldset class="language-row">
          <legend class="row-legend">
            ${localize.t("mentoringLanguageNumber", { number: localize.number(index + 1) })}
          </legend>
          ${renderSelect({
            id: `languages-${index}-code`,
            name: `languages.${index}.code`,
            label: localize.t("mentoringSpokenLanguage"),
            choose: localize.t("mentoringChooseLanguage"),
            choices,
            value: row.code,
          })}
          ${renderSelect({
            id: `languages-${index}-fluency`,
            name: `languages.${index}.fluency`,
            label: localize.t("mentoringFluency"),
            choose: localize.t("mentoringChoose"),
            choices: fluencies,
            value: row.fluency,
          })}
          <button
            type="button"
            part="button"
            class="button secondary remove"
            @click=${() => rows.remove(index)}
          >
            ${localize.t("mentoringRemove")}
          </button>
        </fieldset>`,
    )}
    ${renderError("languages", errors.languages)}
    ${
      draft.languages.length < maxLanguages
        ? html`<button type="button" part="button" class="button secondary add" @click=${rows.add}>
            ${localize.t("mentoringAddLanguage")}
          </button>`
        : nothing
    }
  </fieldset>`;
}

/**
 * Other languages spoken and how well; the level in the practised language as six plain
 * sentences (a learner outside the season's levels is told so, and cannot go on); for mentors,
 * how many learners they can meet.
 */
export function renderLanguageStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
  rows: LanguageRows,
) {
  const language = localize.languageName(season.practisedLanguage);
  const { min, max } = season.learnerLevels;
  const capacities = Array.from({ length: season.maxLearnersPerMentor }, (_, i) => String(i + 1));
  return html`${renderSpoken(localize, draft, errors, season, rows)}
    ${renderChoices(errors, {
      name: "level",
      legend: localize.t("mentoringLevel", { language }),
      hint: localize.t("mentoringLevelHint"),
      choices: languageLevels.map((level) => ({
        value: level,
        label: localize.t(levelSentences[level]),
        detail: level,
      })),
      chosen: new Set([draft.level]),
      multiple: false,
    })}
    <div class="level-notice" role="status">
      ${
        outsideSeason(draft, season)
          ? html`<p class="notice">${localize.t("mentoringLevelOutside", { min, max })}</p>`
          : nothing
      }
    </div>
    ${
      draft.role === "mentor"
        ? renderChoices(errors, {
            name: "capacity",
            legend: localize.t("mentoringCapacity"),
            choices: capacities.map((value) => ({
              value,
              label: localize.number(Number(value)),
            })),
            chosen: new Set([String(draft.capacity)]),
            multiple: false,
            columns: true,
          })
        : nothing
    }`;
}
