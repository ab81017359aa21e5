import { html } from "../shared/fallback-text.js";
import { nameField } from "../../schema/rules/cook-steps.js";
import type { StepContext } from "./cook-fields.js";
import { checkbox, errorLine, textField } from "./cook-fields.js";

/**
 * The first question, the only one the widget draws before its later steps' code: the name on
 * the menu and the consent. The other steps load once the cook starts answering (cook-later.ts).
 */
export function nameStep(context: StepContext) {
  const { draft, localize } = context;
  return html`${textField(context, {
      id: "displayName",
      ...nameField,
      value: draft.displayName,
      onInput: (displayName) => context.edit({ displayName }),
    })}
    <div class="field">
      ${checkbox({
        id: "consent",
        checked: draft.consent,
        label: localize.plural("cookConsent", context.retentionDays),
        invalid: Boolean(context.errors.consent),
        onChange: (consent) => context.edit({ consent }),
      })}
      ${errorLine(context, "consent", "consent")}
    </div>`;
}
