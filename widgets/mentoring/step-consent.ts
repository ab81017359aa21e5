import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { summaryOf } from "./intake-body.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderError } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { renderSummary } from "./intake-summary.js";
import { questionsForRole } from "./season-questions.js";

/**
 * The last screen: the answers to check, what is kept and who sees what, when it is deleted, and
 * the consent box.
 */
export function renderConsentStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
) {
  const error = errors.consent;
  return html`<p class="hint muted">${localize.t("mentoringCheckHint")}</p>
    ${renderSummary(
      localize,
      summaryOf(draft, season.questions),
      season.practisedLanguage,
      questionsForRole(season.questions, draft.role),
    )}
    <div class="kept" id="consent-hint">
      <p>${localize.t("mentoringKept")}</p>
      <p>${localize.plural("mentoringErasedAfter", season.retentionDays)}</p>
    </div>
    <div class="field consent">
      <label class="choice">
        <input
          part="input"
          type="checkbox"
          id="consent"
          name="consent"
          .checked=${draft.consent}
          aria-describedby=${ifDefined(error ? "consent-hint consent-error" : "consent-hint")}
          aria-invalid=${error ? "true" : "false"}
        />
        <span part="label">${localize.t("mentoringConsent")}</span>
      </label>
      ${error ? renderError("consent", error) : nothing}
    </div>`;
}
