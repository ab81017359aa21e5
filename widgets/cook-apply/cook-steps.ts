import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { StepContext } from "./cook-fields.js";
import { checkbox, describedBy, errorLine, textField } from "./cook-fields.js";
import { allergenStep, dietStep, dishesStep } from "./cook-dish-steps.js";
import type { Hygiene, NeedKey } from "../../schema/rules/cook-draft.js";
import { cookTextFields, hygieneLabels, needLabels } from "../../schema/rules/cook-answer-words.js";
import type { StepId } from "../../schema/rules/cook-steps.js";

function contactStep(context: StepContext) {
  const { draft, localize } = context;
  const invalid = Boolean(context.errors.contact);
  return html`<fieldset
    class="group"
    aria-describedby=${ifDefined(describedBy(context, "contact", "contact", true))}
  >
    <legend class="visually-hidden">${localize.t("cookStepContact")}</legend>
    <p id="contact-hint" class="hint muted">${localize.t("cookContactHint")}</p>
    ${textField(context, {
      id: "phone",
      ...cookTextFields.phone,
      value: draft.phone,
      onInput: (phone) => context.edit({ phone }),
    })}
    ${textField(context, {
      id: "email",
      ...cookTextFields.email,
      value: draft.email,
      onInput: (email) => context.edit({ email }),
    })}
    ${invalid ? errorLine(context, "contact", "contact") : nothing}
  </fieldset>`;
}

function cuisineStep(context: StepContext) {
  return textField(context, {
    id: "cuisine",
    ...cookTextFields.cuisine,
    value: context.draft.cuisine,
    onInput: (cuisine) => context.edit({ cuisine }),
  });
}

function needsStep(context: StepContext) {
  const { draft, localize } = context;
  return html`<fieldset class="group" aria-describedby="needs-hint">
    <legend part="label">${localize.t("cookNeedsLegend")}</legend>
    <p id="needs-hint" class="hint muted">${localize.t("cookNeedsHint")}</p>
    <div class="choices">
      ${(Object.keys(needLabels) as NeedKey[]).map((need) =>
        checkbox({
          id: `need-${need}`,
          checked: draft.stallNeeds[need],
          icon: needLabels[need].icon,
          label: localize.t(needLabels[need].key),
          onChange: (on) => context.edit({ stallNeeds: { ...draft.stallNeeds, [need]: on } }),
        }),
      )}
    </div>
  </fieldset>`;
}

function hygieneStep(context: StepContext) {
  const { draft, localize } = context;
  const invalid = Boolean(context.errors.hygiene);
  return html`<fieldset
      class="group"
      aria-describedby=${ifDefined(invalid ? "hygiene-error" : undefined)}
    >
      <legend part="label">${localize.t("cookHygieneLegend")}</legend>
      ${(Object.keys(hygieneLabels) as Hygiene[]).map(
        (choice) =>
          html`<label class="choice" for="hygiene-${choice}">
            <input
              part="input"
              type="radio"
              name="hygiene"
              id="hygiene-${choice}"
              value=${choice}
              .checked=${draft.hygiene === choice}
              aria-invalid=${invalid ? "true" : "false"}
              @change=${() => context.edit({ hygiene: choice })}
            />
            <span class="icon" aria-hidden="true">${hygieneLabels[choice].icon}</span>
            <span>${localize.t(hygieneLabels[choice].key)}</span>
          </label>`,
      )}
      ${errorLine(context, "hygiene", "hygiene")}
    </fieldset>
    ${
      draft.hygiene === "done"
        ? textField(context, {
            id: "hygieneExpiresOn",
            ...cookTextFields.hygieneExpiresOn,
            value: draft.hygieneExpiresOn,
            onInput: (hygieneExpiresOn) => context.edit({ hygieneExpiresOn }),
          })
        : nothing
    }`;
}

function publicStep(context: StepContext) {
  const { draft, localize } = context;
  return html`<div class="field">
      ${checkbox({
        id: "consentPublic",
        checked: draft.consentPublic,
        icon: "🙋",
        label: localize.t("cookPublicConsent"),
        onChange: (consentPublic) => context.edit({ consentPublic }),
      })}
      <p class="hint muted">${localize.t("cookPublicHint")}</p>
    </div>
    ${textField(context, {
      id: "story",
      ...cookTextFields.story,
      value: draft.story,
      onInput: (story) => context.edit({ story }),
    })}`;
}

/** The steps after the first (cook-name-step.ts), by step. */
export type LaterStep = Exclude<StepId, "name">;

/** Each later step's fields, by step. */
export const laterSteps: Record<LaterStep, (context: StepContext) => unknown> = {
  contact: contactStep,
  cuisine: cuisineStep,
  dishes: dishesStep,
  allergens: allergenStep,
  diet: dietStep,
  needs: needsStep,
  hygiene: hygieneStep,
  public: publicStep,
};
