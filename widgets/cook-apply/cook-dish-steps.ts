import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { Allergen, DietLabel } from "../../schema/contracts/festivals.js";
import {
  allergenLabels,
  allergenList,
  dietLabelKeys,
  dietLabelList,
} from "../../schema/rules/food-labels.js";
import type { StepContext } from "./cook-fields.js";
import { checkbox, checkedOf, errorLine, textField } from "./cook-fields.js";
import type { DishDraft } from "../../schema/rules/cook-draft.js";
import { maxDishes } from "../../schema/rules/cook-draft.js";
import { dishTextFields } from "../../schema/rules/cook-answer-words.js";

/**
 * The steps about the cook's dishes: the dishes themselves, then each dish's allergens and diet
 * labels.
 */

/** A dish's name as its cook wrote it, or "Dish 2" until it has one. */
export function dishTitle(context: StepContext, dish: DishDraft, index: number) {
  return dish.name.trim()
    ? html`<bdi>${dish.name}</bdi>`
    : context.localize.t("cookDish", { number: context.localize.number(index + 1) });
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
      ...dishTextFields.name,
      value: dish.name,
      onInput: (name) => edit({ name }),
    })}
    ${textField(context, {
      id: id("description"),
      path: path("description"),
      ...dishTextFields.description,
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
              ...dishTextFields.price,
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
      ...dishTextFields.portions,
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

/** Every dish's name, description, price and portions, with Add and Remove. */
export function dishesStep(context: StepContext) {
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

/** For each dish, the allergens it contains, or that it contains none. */
export function allergenStep(context: StepContext) {
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
            name="${id}-none"
            value="on"
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

/** For each dish, the diet labels that fit it (vegan, halal…). */
export function dietStep(context: StepContext) {
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
