import type { EventDetailResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { wayQuestions } from "../../schema/rules/visit-ways.js";
import { visitLanguages } from "../../schema/rules/visit-languages.js";
import { directionOf } from "../../i18n/languages.js";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { FormProblems } from "../event-pages/form-errors.js";
import { formProblems } from "../event-pages/form-errors.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import {
  botTrap,
  consentField,
  liveRegions,
  openBase,
  sendButton,
  signUpSitesData,
} from "./first-screen-parts.js";
import { question } from "./signup-first-screen.js";

/*
 * What the first screens of a visit's three forms share (`visit-group-first-screen.ts`,
 * `visit-helper-first-screens.ts`), as the widget's forms share `widgets/visits/visit-form.ts`
 * and `visit-fields.ts`: the same classes, parts, ids and names, so nothing moves when the widget
 * takes a form over.
 */

/** A choice of the visit's, a first "Choose …" so none is picked by accident (`renderSelect`). */
export function selectField(
  words: PageWords,
  options: {
    name: string;
    label: PageKey;
    choose: PageKey;
    choices: ReadonlyArray<{ value: string; label: string; disabled?: boolean }>;
  },
): string {
  const { name } = options;
  const choices = options.choices.map(
    (choice) =>
      `<option value="${e(choice.value)}"${choice.disabled ? " disabled" : ""}>${e(choice.label)}</option>`,
  );
  return (
    `<div class="field"><label part="label" for="${e(name)}">${e(words.t(options.label))}</label>` +
    `<select part="input" id="${e(name)}" name="${e(name)}" aria-invalid="false">` +
    `<option value="">${e(words.t(options.choose))}</option>${choices.join("")}</select></div>`
  );
}

/**
 * The languages someone speaks or interprets, each named in its own language and script
 * (`renderLanguageChoices`), with a hint under the legend when the form has one.
 */
export function languageChoices(
  words: PageWords,
  { legend, hint }: { legend: PageKey; hint?: PageKey },
): string {
  const choices = visitLanguages.map(
    ({ code, name }) =>
      `<label class="choice"><input part="input" type="checkbox" name="languages" value="${e(code)}" aria-invalid="false"> ` +
      `<span lang="${e(code)}" dir="${directionOf(code)}">${e(name)}</span></label>`,
  );
  return (
    `<fieldset class="group"${hint ? ` aria-describedby="languages-hint"` : ""}>` +
    `<legend part="label">${e(words.t(legend))}</legend> ` +
    (hint ? `<p id="languages-hint" class="hint muted">${e(words.t(hint))}</p> ` : "") +
    `<div class="language-choices">${choices.join(" ")}</div></fieldset>`
  );
}

/**
 * What a visit's form refused, said on it (`formProblems`), the place refused as the widget says
 * it (`placeGone`, `widgets/visits/visit-form.ts`): a host's form chooses its stop, so "Choose a
 * stop." beside it; a group's or an interpreter's place is the visit's, gone since the form was
 * drawn, so "No places left for this." above the form — neither has a field to fix.
 */
export function visitFormProblems(
  audience: Audience,
  error: ErrorEnvelope["error"],
  questions: readonly PublicQuestion[],
  words: PageWords,
): FormProblems {
  const problems = formProblems(error, questions, words);
  const { slotId, ...fields } = problems.fields;
  if (slotId === undefined) return problems;
  if (audience === "host")
    return { ...problems, fields: { ...fields, slotId: words.t("errorStop") } };
  return { fields, form: words.t("choiceClosed") };
}

/**
 * A visit form's first screen: the empty live regions and the form — its own `fields`, then the
 * organisers' questions for its people and for everyone, the consent, the bot trap and `send` —
 * which sends itself (`data-sends`); where the organisation takes sign-ups rides along (on a
 * website they have not allowed, the loader leaves the form to the widget, which says so).
 */
export function visitFormScreen(
  detail: EventDetailResponse,
  words: PageWords,
  form: { audience: Audience; fields: string; send: PageKey },
): string {
  const visit: PublicEvent = detail.event;
  return (
    openBase(words, signUpSitesData(detail)) +
    liveRegions +
    `<form part="form" class="form" novalidate data-sends>` +
    form.fields +
    wayQuestions(visit, form.audience)
      .map((asked) => question(asked, words))
      .join("") +
    consentField(visit.retentionDays, words) +
    botTrap +
    sendButton(words.t(form.send), words) +
    `</form></div>`
  );
}
