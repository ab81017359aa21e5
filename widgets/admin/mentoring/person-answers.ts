import { nothing } from "lit";
import type { WorkbenchPerson } from "../../../schema/contracts/admin/mentoring.js";
import type { SeasonQuestion } from "../../../schema/contracts/mentoring-questions.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { renderAnswers } from "../roster/roster-answers.js";
import { isolate } from "./reason-words.js";

/**
 * A person's answers to the season's own questions, folded away under "Answers from Mari", as the
 * roster shows an event's: in the form's order, sensitive ones tagged. Nothing when they gave none.
 */
export function renderPersonAnswers(
  person: WorkbenchPerson | undefined,
  questions: readonly SeasonQuestion[],
  localize: AdminLocalizeController,
  locales: readonly string[],
) {
  if (!person || !questions.some((question) => person.answers[question.id] !== undefined)) {
    return nothing;
  }
  return html`<details class="person-answers">
    <summary>${localize.t("personAnswers", { name: isolate(person.firstName) })}</summary>
    ${renderAnswers(person, questions, localize, locales)}
  </details>`;
}
