import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { Allergen, DietLabel } from "../../schema/contracts/festivals.js";
import type { MessageKey } from "../i18n/messages.js";
import {
  allergenLabels,
  allergenList,
  dietLabelKeys,
  dietLabelList,
} from "../festival/food-labels.js";
import type { StepContext } from "./cook-fields.js";
import { checkbox, checkedOf, describedBy, errorLine, textField } from "./cook-fields.js";
import type { DishDraft, Hygiene, NeedKey } from "./draft.js";
import { maxDishes } from "./draft.js";
import type { StepId } from "./steps.js";

const needs: Record<NeedKey, { icon: string; key: MessageKey }> = {
  power: { icon: "🔌", key: "needPower" },
  water: { icon: "🚰", key: "needWater" },
  table: { icon: "🪑", key: "needTable" },
  equipment: { icon: "🍳", key: "needEquipment" },
  helper: { icon: "🤝", key: "needHelper" },
};

const hygieneChoices: Record<Hygiene, { icon: string; key: MessageKey }> = {
  none: { icon: "✋", key: "hygieneNone" },
  planned: { icon: "📅", key: "hygienePlanned" },
  done: { icon: "📜", key: "hygieneDone" },
};

/** A dish's name as its cook wrote it, or "Dish 2" until it has one. */
export function dishTitle(context: StepContext, dish: DishDraft, index: number) {
  return dish.name.trim()
    ? html`<bdi>${dish.name}</bdi>`
    : context.localize.t("cookDish", { number: context.localize.number(index + 1) });
}

function nameStep(context: StepContext) {
  const { draft, localize } = context;
  return html`${textField(context, {
      id: "displayName",
      label: "cookName",
      hint: "cookNameHint",
      autocomplete: "nickname",
      maxlength: 60,
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
      label: "cookPhone",
      type: "tel",
      inputmode: "tel",
      autocomplete: "tel",
      value: draft.phone,
      onInput: (phone) => context.edit({ phone }),
    })}
    ${textField(context, {
      id: "email",
      label: "cookEmail",
      type: "email",
      inputmode: "email",
      autocomplete: "email",
      value: draft.email,
      onInput: (email) => context.edit({ email }),
    })}
    ${invalid ? errorLine(context, "contact", "contact") : nothing}
  </fieldset>`;
}

function cuisineStep(context: StepContext) {
  return textField(context, {
    id: "cuisine",
    label: "cookCuisine",
    hint: "cookCuisineHint",
    maxlength: 80,
    value: context.draft.cuisine,
    onInput: (cuisine) => context.edit({ cuisine }),
  });
}

function dishFields(context: StepContext, dish: DishDraft, index: number) {
  const { localize } = context;
  const id = (name: string) => `dish-${index}-${name}`;
  const path = (name: string) => `dishes.${index}.${name}`;
  const edit = (patch: Partial<DishDraft>) => context.editDish(index, patch);
  return html`<fieldset class="group dish" data-dish=${index}>
    <legend part="label">${localize.t("cookDish", { number: localize.number(index + 1) })}</legend>
    ${textField(context, {
      id: id("name"),
      path: path("name"),
      label: "cookDishName",
      maxlength: 80,
      value: dish.name,
      onInput: (name) => edit({ name }),
    })}
    ${textField(context, {
      id: id("description"),
      path: path("description"),
      label: "cookDishDescription",
      multiline: true,
      maxlength: 300,
      value: dish.description,
      onInput: (description) => edit({ description }),
    })}
    <div class="price">
      ${
        dish.free
          ? nothing
          : textField(context, {
              id: id("price"),
              path: path("priceCents"),
              label: "cookDishPrice",
              hint: "cookDishPriceHint",
              inputmode: "decimal",
              value: dish.price,
              onInput: (price) => edit({ price }),
            })
      }
      <div class="field">
        ${checkbox({
          id: id("free"),
          checked: dish.free,
          icon: "🤲",
          label: localize.t("freeDonation"),
          onChange: (free) => edit({ free }),
        })}
        ${dish.free ? errorLine(context, id("price"), path("priceCents")) : nothing}
      </div>
    </div>
    ${textField(context, {
      id: id("portions"),
      path: path("portions"),
      label: "cookDishPortions",
      inputmode: "numeric",
      value: dish.portions,
      onInput: (portions) => edit({ portions }),
    })}
    <button
      type="button"
      part="button"
      class="button secondary remove"
      @click=${() => context.removeDish(index)}
    >
      ${localize.t("cookRemoveDish")}
      <span class="visually-hidden">
        (${localize.t("cookDish", { number: localize.number(index + 1) })})</span
      >
    </button>
  </fieldset>`;
}

function dishesStep(context: StepContext) {
  const { draft, localize } = context;
  const full = draft.dishes.length >= maxDishes;
  return html`<p id="dishes-hint" class="hint muted">${localize.t("cookDishesHint")}</p>
    ${draft.dishes.map((dish, index) => dishFields(context, dish, index))}
    ${errorLine(context, "dishes", "dishes")}
    ${
      full
        ? html`<p class="muted">${localize.t("cookDishesMax")}</p>`
        : html`<button
            type="button"
            part="button"
            class="button secondary add"
            @click=${context.addDish}
          >
            <span aria-hidden="true">➕</span> ${localize.t("cookAddDish")}
          </button>`
    }`;
}

function noDishesYet(context: StepContext) {
  return context.draft.dishes.length === 0
    ? html`<p class="muted">${context.localize.t("cookErrorDishes")}</p>`
    : nothing;
}

function allergenStep(context: StepContext) {
  const { localize } = context;
  return html`<p class="hint muted">${localize.t("cookAllergensHint")}</p>
    ${noDishesYet(context)}
    ${context.draft.dishes.map((dish, index) => {
      const id = `dish-${index}-allergens`;
      const path = `dishes.${index}.allergens`;
      const invalid = Boolean(context.errors[path]);
      const toggle = (allergen: Allergen, on: boolean) =>
        context.editDish(index, {
          allergensNone: false,
          allergens: on
            ? allergenList.filter((a) => a === allergen || dish.allergens.includes(a))
            : dish.allergens.filter((a) => a !== allergen),
        });
      return html`<fieldset
        class="group"
        data-dish=${index}
        aria-describedby=${ifDefined(invalid ? `${id}-error` : undefined)}
      >
        <legend part="label">${dishTitle(context, dish, index)}</legend>
        <div class="choices">
          ${allergenList.map((allergen) =>
            checkbox({
              id: `${id}-${allergen}`,
              checked: dish.allergens.includes(allergen),
              icon: allergenLabels[allergen].icon,
              label: localize.t(allergenLabels[allergen].key),
              invalid,
              onChange: (on) => toggle(allergen, on),
            }),
          )}
        </div>
        <label class="choice none" for="${id}-none">
          <input
            part="input"
            type="checkbox"
            id="${id}-none"
            .checked=${dish.allergensNone}
            aria-invalid=${invalid ? "true" : "false"}
            @change=${(event: Event) =>
              context.editDish(index, { allergensNone: checkedOf(event), allergens: [] })}
          />
          <span class="icon" aria-hidden="true">🚫</span>
          <span>${localize.t("cookAllergensNone")}</span>
        </label>
        ${errorLine(context, id, path)}
      </fieldset>`;
    })}`;
}

function dietStep(context: StepContext) {
  const { localize } = context;
  return html`<p class="hint muted">${localize.t("cookDietHint")}</p>
    ${noDishesYet(context)}
    ${context.draft.dishes.map((dish, index) => {
      const toggle = (label: DietLabel, on: boolean) =>
        context.editDish(index, {
          dietLabels: on
            ? dietLabelList.filter((l) => l === label || dish.dietLabels.includes(l))
            : dish.dietLabels.filter((l) => l !== label),
        });
      return html`<fieldset class="group" data-dish=${index}>
        <legend part="label">${dishTitle(context, dish, index)}</legend>
        <div class="choices">
          ${dietLabelList.map((label) =>
            checkbox({
              id: `dish-${index}-diet-${label}`,
              checked: dish.dietLabels.includes(label),
              icon: "✔️",
              label: localize.t(dietLabelKeys[label]),
              onChange: (on) => toggle(label, on),
            }),
          )}
        </div>
      </fieldset>`;
    })}`;
}

function needsStep(context: StepContext) {
  const { draft, localize } = context;
  return html`<fieldset class="group" aria-describedby="needs-hint">
    <legend part="label">${localize.t("cookNeedsLegend")}</legend>
    <p id="needs-hint" class="hint muted">${localize.t("cookNeedsHint")}</p>
    <div class="choices">
      ${(Object.keys(needs) as NeedKey[]).map((need) =>
        checkbox({
          id: `need-${need}`,
          checked: draft.stallNeeds[need],
          icon: needs[need].icon,
          label: localize.t(needs[need].key),
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
      ${(Object.keys(hygieneChoices) as Hygiene[]).map(
        (choice) =>
          html`<label class="choice" for="hygiene-${choice}">
            <input
              part="input"
              type="radio"
              name="hygiene"
              id="hygiene-${choice}"
              .checked=${draft.hygiene === choice}
              aria-invalid=${invalid ? "true" : "false"}
              @change=${() => context.edit({ hygiene: choice })}
            />
            <span class="icon" aria-hidden="true">${hygieneChoices[choice].icon}</span>
            <span>${localize.t(hygieneChoices[choice].key)}</span>
          </label>`,
      )}
      ${errorLine(context, "hygiene", "hygiene")}
    </fieldset>
    ${
      draft.hygiene === "done"
        ? textField(context, {
            id: "hygieneExpiresOn",
            label: "cookHygieneExpires",
            type: "date",
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
      label: "cookStory",
      hint: "cookStoryHint",
      multiline: true,
      maxlength: 1000,
      value: draft.story,
      onInput: (story) => context.edit({ story }),
    })}`;
}

export const renderStep: Record<StepId, (context: StepContext) => unknown> = {
  name: nameStep,
  contact: contactStep,
  cuisine: cuisineStep,
  dishes: dishesStep,
  allergens: allergenStep,
  diet: dietStep,
  needs: needsStep,
  hygiene: hygieneStep,
  public: publicStep,
};
