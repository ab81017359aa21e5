import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { publicLanguages } from "../../../i18n/languages.js";
import { seasonQuestionAudiences } from "../../../schema/contracts/mentoring-questions.js";
import { languageLevels } from "../../../schema/rules/mentoring/levels.js";
import { meetingModes } from "../../../schema/rules/mentoring/pair-fit.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { idFor, renderField } from "../shared/field.js";
import { renderLanguageFields } from "../shared/language-fields.js";
import type { QuestionListActions } from "../editor/question-list.js";
import { renderQuestionList } from "../editor/question-list.js";
import type { SeasonDraft } from "./season-draft.js";
import { weightNames } from "./season-draft.js";

export interface SeasonFieldsContext {
  draft: SeasonDraft;
  errors: FieldErrors;
  /** The organisation's content languages, default first, plus any the name is written in. */
  locales: readonly string[];
  localize: AdminLocalizeController;
  /** The buttons of the season's own questions. */
  questions: QuestionListActions;
}

const timeZones =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

const errorLine = (id: string, error: string | undefined) =>
  error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing;

function select(
  context: SeasonFieldsContext,
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
) {
  const id = idFor(name);
  const error = context.errors[name];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      name=${name}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
    >
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${option === value}>${text}</option>`,
      )}
    </select>
    ${errorLine(id, error)}
  </div>`;
}

/** Checkboxes or radio buttons under one legend, with the group's error tied to it. */
function choices(
  context: SeasonFieldsContext,
  name: string,
  legend: string,
  items: readonly { value: string; label: string; checked: boolean }[],
  type: "checkbox" | "radio",
  className = "plain",
) {
  const id = idFor(name);
  const error = context.errors[name];
  return html`<fieldset
    class=${className}
    aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
  >
    <legend>${legend}</legend>
    ${errorLine(id, error)}
    <div class="actions">
      ${items.map(
        (item) =>
          html`<label class="choice">
            <input
              type=${type}
              name=${type === "radio" ? name : `${name}.${item.value}`}
              value=${item.value}
              .checked=${live(item.checked)}
              aria-invalid=${error ? "true" : "false"}
            />
            ${item.label}
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The season's name, side by side in every language the organisation writes in. */
function renderName({ draft, errors, locales, localize }: SeasonFieldsContext) {
  return renderLanguageFields({
    name: "name",
    legend: localize.t("seasonName"),
    hint: localize.t("seasonNameHint"),
    values: draft.name,
    locales,
    errors,
    localize,
  });
}

function renderWhen(context: SeasonFieldsContext) {
  const { draft, errors, localize } = context;
  const t = localize.t.bind(localize);
  const languages = publicLanguages.includes(draft.practisedLanguage)
    ? publicLanguages
    : [draft.practisedLanguage, ...publicLanguages];
  const date = (name: "startsOn" | "endsOn" | "intakeClosesAt", label: string, hint?: string) =>
    renderField({ name, label, hint, type: "date", value: draft[name], error: errors[name] });
  return html`<fieldset>
    <legend>${t("seasonWhen")}</legend>
    <div class="fields">
      ${select(
        context,
        "practisedLanguage",
        t("seasonPractised"),
        languages.map((code) => [code, localize.languageName(code)] as const),
        draft.practisedLanguage,
      )}
      ${date("startsOn", t("seasonStartsOn"))} ${date("endsOn", t("seasonEndsOn"))}
      ${date("intakeClosesAt", t("seasonIntakeCloses"), t("seasonIntakeClosesHint"))}
      ${renderField({
        name: "timeZone",
        label: t("fieldTimeZone"),
        hint: t("seasonTimeZoneHint"),
        value: draft.timeZone,
        list: "season-time-zones",
        error: errors.timeZone,
      })}
    </div>
    <datalist id="season-time-zones">
      ${timeZones.map((zone) => html`<option value=${zone}></option>`)}
    </datalist>
  </fieldset>`;
}

function renderMeeting(context: SeasonFieldsContext) {
  const { draft, errors, localize } = context;
  const t = localize.t.bind(localize);
  return html`<fieldset>
    <legend>${t("seasonMeeting")}</legend>
    ${choices(
      context,
      "modes",
      t("seasonModes"),
      meetingModes.map((mode) => ({
        value: mode,
        label: t(`mode_${mode}`),
        checked: draft.modes.includes(mode),
      })),
      "checkbox",
    )}
    ${renderField({
      name: "regions",
      label: t("seasonRegions"),
      hint: t("seasonRegionsHint"),
      value: draft.regions,
      error: errors.regions,
    })}
  </fieldset>`;
}

function renderWho(context: SeasonFieldsContext) {
  const { draft, errors, localize } = context;
  const t = localize.t.bind(localize);
  const levels = languageLevels.map((level) => [level, level] as const);
  // The contract's ranges, for the spin buttons (the schema checks them all the same).
  const number = (
    name: "minSharedHours" | "maxLearnersPerMentor",
    label: string,
    hint: string,
    [min, max]: readonly [string, string],
  ) =>
    renderField({
      name,
      label,
      hint,
      type: "number",
      min,
      max,
      value: draft[name],
      error: errors[name],
    });
  return html`<fieldset>
    <legend>${t("seasonWho")}</legend>
    <div class="fields">
      ${select(context, "learnerLevels.min", t("seasonLevelMin"), levels, draft.minLevel)}
      ${select(context, "learnerLevels.max", t("seasonLevelMax"), levels, draft.maxLevel)}
      ${number("minSharedHours", t("seasonMinHours"), t("seasonMinHoursHint"), ["0", "20"])}
      ${number("maxLearnersPerMentor", t("seasonPerMentor"), t("seasonPerMentorHint"), ["1", "5"])}
    </div>
  </fieldset>`;
}

/** Each criterion's weight, 0–10, named by what it means rather than by its field. */
function renderWeights({ draft, errors, localize }: SeasonFieldsContext) {
  const t = localize.t.bind(localize);
  return html`<fieldset aria-describedby="weights-hint">
    <legend>${t("seasonWeights")}</legend>
    <p id="weights-hint" class="hint muted">${t("seasonWeightsHint")}</p>
    <div class="fields">
      ${weightNames.map((weight) =>
        renderField({
          name: `weights.${weight}`,
          label: t(`weight_${weight}`),
          type: "number",
          max: "10",
          value: draft.weights[weight],
          error: errors[`weights.${weight}`],
        }),
      )}
    </div>
  </fieldset>`;
}

function renderContact(context: SeasonFieldsContext) {
  const t = context.localize.t.bind(context.localize);
  return choices(
    context,
    "contact",
    t("seasonContact"),
    (["relay", "email"] as const).map((contact) => ({
      value: contact,
      label: t(`contact_${contact}`),
      checked: context.draft.contact === contact,
    })),
    "radio",
    "",
  );
}

/**
 * The season's own questions on the intake form, after the built-in ones: edited as an event's
 * are, each for mentors, learners or both.
 */
function renderOwnQuestions(context: SeasonFieldsContext) {
  const t = context.localize.t.bind(context.localize);
  const { localize, errors, locales } = context;
  return html`<fieldset class="own-questions" aria-describedby="own-questions-hint">
    <legend>${t("seasonQuestionsTitle")}</legend>
    <p id="own-questions-hint" class="hint muted">${t("seasonQuestionsHint")}</p>
    ${renderQuestionList(
      {
        localize,
        errors,
        locales,
        disabled: false,
        audiences: ["", ...seasonQuestionAudiences],
        ...context.questions,
      },
      context.draft.questions,
    )}
  </fieldset>`;
}

/** Every field of the season form in order, each named by the server's path for it. */
export function renderSeasonFields(context: SeasonFieldsContext) {
  return html`${renderName(context)} ${renderWhen(context)} ${renderMeeting(context)}
  ${renderWho(context)} ${renderWeights(context)} ${renderContact(context)}
  ${renderOwnQuestions(context)}`;
}
