import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

export interface QuestionsPanelContext {
  localize: AdminLocalizeController;
  org: string;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
  disabled: boolean;
}

/**
 * The event's own questions below the form. Questions belong to a saved event; before the first
 * save, a note says so.
 */
export function renderQuestionsPanel(
  event: AdminEvent | undefined,
  context: QuestionsPanelContext,
) {
  if (!event) return html`<p class="notice">${context.localize.t("questionsAfterCreate")}</p>`;
  return html`<hearth-admin-question-editor
    class="panel"
    lang=${context.localize.locale}
    org=${context.org}
    .event=${event}
    .locales=${context.locales}
    ?disabled=${context.disabled}
  ></hearth-admin-question-editor>`;
}
